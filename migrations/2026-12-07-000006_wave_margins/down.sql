DROP TABLE wave_margins;
