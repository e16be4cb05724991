-- One-time invitation codes for waves that require them. Only a hash of the code is kept, and
-- an invitation is never linked to the response it admitted: there is no response column.
CREATE TABLE invitations (
    id bigserial PRIMARY KEY,
    wave_id bigint NOT NULL REFERENCES waves (id) ON DELETE CASCADE,
    code_hash bytea NOT NULL
        CONSTRAINT invitations_code_hash_key UNIQUE
        CONSTRAINT invitations_code_hash_length CHECK (octet_length(code_hash) = 32),
    created_at timestamptz NOT NULL DEFAULT now(),
    -- Kept to the day (UTC): an exact time of use could be matched with a response's
    -- started_at and so link an invited person to their answers.
    used_at timestamptz
        CONSTRAINT invitations_used_at_day CHECK (used_at = date_trunc('day', used_at, 'UTC'))
);

CREATE INDEX invitations_wave_id_idx ON invitations (wave_id);
