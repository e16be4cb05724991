-- btree_gist lets the exclusion constraint below combine equality on survey_id with range
-- overlap. It is a trusted extension, so a database owner may create it.
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE waves (
    id bigserial PRIMARY KEY,
    survey_id text NOT NULL REFERENCES surveys (id),
    questionnaire_id bigint NOT NULL,
    -- Second segment of the respondent URL /s/{survey}/{wave}, e.g. '2024'.
    label text NOT NULL
        CONSTRAINT waves_label_format CHECK (label ~ '^[A-Za-z0-9][A-Za-z0-9._-]*$' AND length(label) <= 63),
    status text NOT NULL DEFAULT 'draft'
        CONSTRAINT waves_status_check CHECK (status IN ('draft', 'open', 'closed')),
    -- Planned fieldwork period; NULL is an open bound.
    opens_at timestamptz,
    closes_at timestamptz,
    invitation_required boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL DEFAULT now(),
    -- When an admin actually opened and closed the wave.
    opened_at timestamptz,
    closed_at timestamptz,
    CONSTRAINT waves_survey_label_key UNIQUE (survey_id, label),
    CONSTRAINT waves_questionnaire_fkey FOREIGN KEY (questionnaire_id, survey_id)
        REFERENCES questionnaires (id, survey_id),
    CONSTRAINT waves_period_order CHECK (closes_at > opens_at),
    -- The status and its timestamps move together: draft -> open -> closed.
    CONSTRAINT waves_status_times CHECK (
        (status = 'draft' AND opened_at IS NULL AND closed_at IS NULL)
        OR (status = 'open' AND opened_at IS NOT NULL AND closed_at IS NULL)
        OR (status = 'closed' AND opened_at IS NOT NULL AND closed_at IS NOT NULL
            AND closed_at >= opened_at)
    ),
    -- Waves are compared with each other, so their planned periods must not overlap. An
    -- exclusion constraint holds under concurrent inserts, where a check-then-insert would not.
    -- A wave without any dates has no planned period and is not compared.
    CONSTRAINT waves_no_overlap EXCLUDE USING gist (
        survey_id WITH =,
        tstzrange(opens_at, closes_at) WITH &&
    ) WHERE (opens_at IS NOT NULL OR closes_at IS NOT NULL)
);

-- Likewise at most one wave of a survey collects responses at any moment.
CREATE UNIQUE INDEX waves_one_open_per_survey ON waves (survey_id) WHERE status = 'open';
CREATE INDEX waves_questionnaire_id_idx ON waves (questionnaire_id);
