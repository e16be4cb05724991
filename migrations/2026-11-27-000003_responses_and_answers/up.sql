-- One respondent's answers to one wave. Deliberately nothing that identifies a person: no IP
-- address, user agent, account or invitation.
CREATE TABLE responses (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    wave_id bigint NOT NULL REFERENCES waves (id),
    -- BCP 47 language tag the form was answered in, e.g. 'fi' or 'pt-BR'.
    locale text NOT NULL
        CONSTRAINT responses_locale_format CHECK (locale ~ '^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$'),
    status text NOT NULL DEFAULT 'in_progress'
        CONSTRAINT responses_status_check CHECK (status IN ('in_progress', 'submitted')),
    started_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    submitted_at timestamptz,
    -- SHA-256 of the resume code shown to the respondent; only the hash is kept so a database
    -- dump does not let anyone open other people's responses.
    resume_hash bytea
        CONSTRAINT responses_resume_hash_key UNIQUE
        CONSTRAINT responses_resume_hash_length CHECK (octet_length(resume_hash) = 32),
    CONSTRAINT responses_submitted_at CHECK ((status = 'submitted') = (submitted_at IS NOT NULL)),
    -- A submitted response cannot be resumed any more, so it keeps no resume hash.
    CONSTRAINT responses_submitted_no_resume CHECK (status = 'in_progress' OR resume_hash IS NULL),
    CONSTRAINT responses_times_order CHECK (updated_at >= started_at)
);

-- Counting and exporting a wave's submitted responses.
CREATE INDEX responses_wave_status_idx ON responses (wave_id, status);

-- Long format: one row per answered question item and value. A multiple-choice question has
-- one row per chosen code (seq 0, 1, ...); a matrix question one row per row id (item).
CREATE TABLE answers (
    response_id uuid NOT NULL REFERENCES responses (id) ON DELETE CASCADE,
    question_id text NOT NULL
        CONSTRAINT answers_question_id_nonempty CHECK (question_id <> ''),
    item text NOT NULL DEFAULT '',
    seq smallint NOT NULL DEFAULT 0
        CONSTRAINT answers_seq_nonnegative CHECK (seq >= 0),
    option_code text
        CONSTRAINT answers_option_code_nonempty CHECK (option_code <> ''),
    number_value double precision
        CONSTRAINT answers_number_finite CHECK (number_value NOT IN ('NaN', 'Infinity', '-Infinity')),
    text_value text,
    -- The response id leads the key, so the export's join from a wave's responses to their
    -- answers is an index range scan per response.
    CONSTRAINT answers_pkey PRIMARY KEY (response_id, question_id, item, seq),
    CONSTRAINT answers_one_value CHECK (num_nonnulls(option_code, number_value, text_value) = 1)
);

-- The same code chosen twice for one question item is always a bug in the caller.
CREATE UNIQUE INDEX answers_option_code_key ON answers (response_id, question_id, item, option_code)
    WHERE option_code IS NOT NULL;
