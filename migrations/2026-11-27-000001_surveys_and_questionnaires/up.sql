-- A survey is identified by its slug (the directory name under surveys/), which is also the
-- first segment of the respondent URL /s/{survey}/{wave}, hence the restricted alphabet.
CREATE TABLE surveys (
    id text PRIMARY KEY
        CONSTRAINT surveys_id_format CHECK (id ~ '^[a-z][a-z0-9_-]*$' AND length(id) <= 63),
    created_at timestamptz NOT NULL DEFAULT now()
);

-- Frozen snapshots of a survey definition. A wave points at the snapshot it runs, so every
-- response stays interpretable after the definition on disk changes.
CREATE TABLE questionnaires (
    id bigserial PRIMARY KEY,
    survey_id text NOT NULL REFERENCES surveys (id),
    version integer NOT NULL
        CONSTRAINT questionnaires_version_positive CHECK (version >= 1),
    -- Hex SHA-256 of the canonical JSON of the definition, computed by the caller; it tells
    -- whether a definition changed without comparing documents.
    hash text NOT NULL
        CONSTRAINT questionnaires_hash_format CHECK (hash ~ '^[0-9a-f]{64}$'),
    definition jsonb NOT NULL
        CONSTRAINT questionnaires_definition_object CHECK (jsonb_typeof(definition) = 'object'),
    loaded_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT questionnaires_survey_version_key UNIQUE (survey_id, version),
    -- Target of the composite foreign key from waves, which makes sure a wave runs a
    -- questionnaire of its own survey.
    CONSTRAINT questionnaires_id_survey_key UNIQUE (id, survey_id)
);

-- Not unique: a definition that is reverted to an earlier content becomes a new version with
-- the same hash as the old one (the latest version must be the current definition).
CREATE INDEX questionnaires_survey_hash_idx ON questionnaires (survey_id, hash);

-- Snapshots are immutable: responses were collected against exactly this text.
CREATE FUNCTION questionnaires_forbid_update() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'questionnaire % version % is a frozen snapshot and cannot be changed',
        OLD.survey_id, OLD.version
        USING ERRCODE = 'integrity_constraint_violation',
              HINT = 'store the changed definition as a new version';
END;
$$;

CREATE TRIGGER questionnaires_immutable
    BEFORE UPDATE ON questionnaires
    FOR EACH ROW EXECUTE FUNCTION questionnaires_forbid_update();
