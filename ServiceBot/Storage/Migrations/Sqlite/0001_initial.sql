-- ServiceBot storage, SQLite. Timestamps are UTC Unix milliseconds; JSON is stored as text.

CREATE TABLE state_items (
    item_key   TEXT    NOT NULL PRIMARY KEY,
    json       TEXT    NOT NULL,
    etag       TEXT    NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE TABLE conversation_references (
    conversation_id TEXT    NOT NULL,
    user_id         TEXT    NOT NULL,
    channel_id      TEXT    NOT NULL,
    service_url     TEXT    NOT NULL,
    json            TEXT    NOT NULL,
    updated_at      INTEGER NOT NULL,
    PRIMARY KEY (conversation_id, user_id)
);
CREATE INDEX ix_conversation_references_user ON conversation_references (user_id, updated_at);

CREATE TABLE service_sessions (
    id         TEXT    NOT NULL PRIMARY KEY,
    agent_id   TEXT    NOT NULL,
    team_id    TEXT    NULL,
    started_at INTEGER NOT NULL,
    ended_at   INTEGER NULL,
    json       TEXT    NOT NULL,
    etag       TEXT    NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX ix_service_sessions_agent ON service_sessions (agent_id, started_at);
CREATE INDEX ix_service_sessions_started ON service_sessions (started_at);

CREATE TABLE feedback_responses (
    service_session_id TEXT    NOT NULL PRIMARY KEY,
    agent_id           TEXT    NOT NULL,
    team_id            TEXT    NULL,
    rating             INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
    aspects            TEXT    NOT NULL,
    effort             INTEGER NULL CHECK (effort BETWEEN 1 AND 7),
    comment            TEXT    NULL,
    language           TEXT    NOT NULL,
    source             TEXT    NOT NULL,
    content_version    TEXT    NULL,
    submitted_at       INTEGER NOT NULL,
    comment_purged_at  INTEGER NULL
);
CREATE INDEX ix_feedback_responses_submitted ON feedback_responses (submitted_at);
CREATE INDEX ix_feedback_responses_agent ON feedback_responses (agent_id, submitted_at);
CREATE INDEX ix_feedback_responses_team ON feedback_responses (team_id, submitted_at);

CREATE TABLE content_versions (
    sequence    INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    hash        TEXT    NOT NULL,
    author      TEXT    NOT NULL,
    summary     TEXT    NOT NULL,
    recorded_at INTEGER NOT NULL
);
CREATE INDEX ix_content_versions_hash ON content_versions (hash);
