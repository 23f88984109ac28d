-- ServiceBot storage, PostgreSQL. Timestamps are UTC Unix milliseconds (as on SQLite, so both engines run the
-- same statements); JSON is stored as text. Use to_timestamp(x / 1000.0) to read them in psql.

CREATE TABLE state_items (
    item_key   text   NOT NULL PRIMARY KEY,
    json       text   NOT NULL,
    etag       text   NOT NULL,
    updated_at bigint NOT NULL
);

CREATE TABLE conversation_references (
    conversation_id text   NOT NULL,
    user_id         text   NOT NULL,
    channel_id      text   NOT NULL,
    service_url     text   NOT NULL,
    json            text   NOT NULL,
    updated_at      bigint NOT NULL,
    PRIMARY KEY (conversation_id, user_id)
);
CREATE INDEX ix_conversation_references_user ON conversation_references (user_id, updated_at);

CREATE TABLE service_sessions (
    id         text   NOT NULL PRIMARY KEY,
    agent_id   text   NOT NULL,
    team_id    text   NULL,
    started_at bigint NOT NULL,
    ended_at   bigint NULL,
    json       text   NOT NULL,
    etag       text   NOT NULL,
    updated_at bigint NOT NULL
);
CREATE INDEX ix_service_sessions_agent ON service_sessions (agent_id, started_at);
CREATE INDEX ix_service_sessions_started ON service_sessions (started_at);

CREATE TABLE feedback_responses (
    service_session_id text   NOT NULL PRIMARY KEY,
    agent_id           text   NOT NULL,
    team_id            text   NULL,
    rating             bigint NOT NULL CHECK (rating BETWEEN 1 AND 5),
    aspects            text   NOT NULL,
    effort             bigint NULL CHECK (effort BETWEEN 1 AND 7),
    comment            text   NULL,
    language           text   NOT NULL,
    source             text   NOT NULL,
    content_version    text   NULL,
    submitted_at       bigint NOT NULL,
    comment_purged_at  bigint NULL
);
CREATE INDEX ix_feedback_responses_submitted ON feedback_responses (submitted_at);
CREATE INDEX ix_feedback_responses_agent ON feedback_responses (agent_id, submitted_at);
CREATE INDEX ix_feedback_responses_team ON feedback_responses (team_id, submitted_at);

CREATE TABLE content_versions (
    sequence    bigint NOT NULL GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hash        text   NOT NULL,
    author      text   NOT NULL,
    summary     text   NOT NULL,
    recorded_at bigint NOT NULL
);
CREATE INDEX ix_content_versions_hash ON content_versions (hash);
