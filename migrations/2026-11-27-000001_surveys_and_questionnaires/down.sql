DROP TABLE questionnaires;
DROP FUNCTION questionnaires_forbid_update();
DROP TABLE surveys;
