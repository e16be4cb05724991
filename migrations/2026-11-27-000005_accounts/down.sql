DROP TABLE audit_log;
DROP FUNCTION audit_log_forbid_change();
DROP TABLE user_sessions;
DROP TABLE users;
