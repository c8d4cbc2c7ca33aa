-- Logins that hold on every node and across restarts: the failed-login throttle and the login sessions live here.

-- One row per user name and client address with recent failed logins, keyed by the SHA-256 of both (so a hostile
-- name costs 64 characters). A row is forgotten at expires_at; kopru.account.LoginHousekeeping deletes it.
CREATE TABLE login_throttle (
    key_hash      VARCHAR(64) NOT NULL,
    failures      INTEGER     NOT NULL,
    blocked_until TIMESTAMP WITH TIME ZONE,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_login_throttle PRIMARY KEY (key_hash)
);
CREATE INDEX ix_login_throttle_expires ON login_throttle (expires_at);

-- One row per login session: the cookie holds a random token, this table only its SHA-256. Ending a session is
-- deleting its row, which every node sees on the next request.
CREATE TABLE login_session (
    token_hash   VARCHAR(64) NOT NULL,
    account_id   BIGINT      NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_login_session PRIMARY KEY (token_hash),
    CONSTRAINT fk_login_session_account FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX ix_login_session_account ON login_session (account_id);
CREATE INDEX ix_login_session_expires ON login_session (expires_at);
