-- The users of basic authentication. Passwords are kept only as bcrypt hashes; a revoked user is disabled, not
-- deleted, so that its name stays taken.
CREATE TABLE users (
    id            VARCHAR(64)              NOT NULL PRIMARY KEY,
    username      VARCHAR(64)              NOT NULL,
    name          TEXT                     NOT NULL,
    password_hash VARCHAR(256)             NOT NULL,
    is_admin      BOOLEAN                  NOT NULL,
    is_disabled   BOOLEAN                  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT users_username_key UNIQUE (username)
);
