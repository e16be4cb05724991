-- Population margins uploaded by an admin for a wave, usually after the wave has run, when the
-- statistics office's register counts are in. They take the place of the questionnaire's
-- margins.toml entry for that wave (a snapshot is never rewritten). `margins` holds
-- {breakdown: {group: count}}, checked against the wave's questionnaire before it is stored.
CREATE TABLE wave_margins (
    wave_id bigint PRIMARY KEY REFERENCES waves (id) ON DELETE CASCADE,
    margins jsonb NOT NULL
        CONSTRAINT wave_margins_object CHECK (jsonb_typeof(margins) = 'object'),
    source text
        CONSTRAINT wave_margins_source_length CHECK (char_length(source) <= 500),
    uploaded_by bigint REFERENCES users (id),
    uploaded_at timestamptz NOT NULL DEFAULT now()
);
