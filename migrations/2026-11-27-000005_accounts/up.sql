-- Staff accounts of the admin interface. The web layer hashes passwords (Argon2id, a PHC
-- string) and session tokens; only those hashes are stored. Like the rest of the schema,
-- nothing here records IP addresses or user agents.
CREATE TABLE users (
    id bigserial PRIMARY KEY,
    -- Shown in the audit log and typed at the login form and in `atmos user`, hence the small
    -- alphabet: no look-alike letters, no case differences, nothing that needs quoting.
    username text NOT NULL
        CONSTRAINT users_username_key UNIQUE
        CONSTRAINT users_username_format CHECK (username ~ '^[a-z0-9][a-z0-9._-]{1,63}$'),
    role text NOT NULL
        CONSTRAINT users_role_check CHECK (role IN ('admin', 'analyst', 'evaluator')),
    password_hash text NOT NULL,
    -- Accounts are disabled rather than deleted, so the audit log keeps pointing at them.
    disabled boolean NOT NULL DEFAULT false,
    -- Set when an admin chose the password (new account, reset): the user picks their own at
    -- the next login.
    must_change_password boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL DEFAULT now(),
    password_changed_at timestamptz NOT NULL DEFAULT now()
);

-- Logged-in sessions. The key is the SHA-256 of the random token in the session cookie, so a
-- database dump does not let anyone take over a session.
CREATE TABLE user_sessions (
    token_hash bytea PRIMARY KEY
        CONSTRAINT user_sessions_token_hash_length CHECK (octet_length(token_hash) = 32),
    user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL
);

-- Disabling a user and changing a password delete the user's sessions.
CREATE INDEX user_sessions_user_id_idx ON user_sessions (user_id);

-- Who did what when: exports of answers and changes to accounts. `username` is copied at the
-- time of writing, so an entry still names its user after the account is renamed or deleted
-- (deleting it only clears `user_id`). An entry without a user is an action of the system.
CREATE TABLE audit_log (
    id bigserial PRIMARY KEY,
    at timestamptz NOT NULL DEFAULT now(),
    user_id bigint REFERENCES users (id) ON DELETE SET NULL,
    username text,
    action text NOT NULL
        CONSTRAINT audit_log_action_format CHECK (action ~ '^[a-z][a-z0-9_.-]*$'),
    detail jsonb NOT NULL DEFAULT '{}',
    CONSTRAINT audit_log_user_named CHECK (user_id IS NULL OR username IS NOT NULL)
);

-- The log is read newest first.
CREATE INDEX audit_log_at_idx ON audit_log (at);

-- Append-only, so a bug (or a careless query) cannot rewrite history. The one change let
-- through is the foreign key's ON DELETE SET NULL, which runs as an UPDATE: it may only clear
-- the id of a user that no longer exists, and must leave the rest of the entry as it was.
CREATE FUNCTION audit_log_forbid_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE'
        AND OLD.user_id IS NOT NULL AND NEW.user_id IS NULL
        AND NOT EXISTS (SELECT 1 FROM users WHERE id = OLD.user_id)
        AND (NEW.id, NEW.at, NEW.username, NEW.action, NEW.detail)
            IS NOT DISTINCT FROM (OLD.id, OLD.at, OLD.username, OLD.action, OLD.detail)
    THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'the audit log is append-only: % refused', TG_OP
        USING ERRCODE = 'integrity_constraint_violation',
              HINT = 'record a new entry instead of changing or removing old ones';
END;
$$;

CREATE TRIGGER audit_log_append_only
    BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_forbid_change();

-- TRUNCATE skips row triggers, so it gets its own.
CREATE TRIGGER audit_log_no_truncate
    BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_forbid_change();
