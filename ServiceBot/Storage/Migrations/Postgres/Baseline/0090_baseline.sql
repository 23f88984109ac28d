-- The schema scripts 0001-0090 build, as one script for a new database; a database that has recorded any script
-- replays the ones it has not seen instead. Columns a later script added come last, as ALTER TABLE put them, and
-- indexes a later script replaced are never built. The storage tests compare the two schemas in PostgreSQL's
-- catalog. Timestamps are UTC Unix milliseconds, as on SQLite.

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
    aad_object_id   text   NULL,
    provenance      text   NOT NULL DEFAULT 'unknown',
    PRIMARY KEY (conversation_id, user_id)
);
CREATE INDEX ix_conversation_references_user ON conversation_references (user_id, updated_at);
CREATE INDEX ix_conversation_references_aad ON conversation_references (aad_object_id, updated_at);

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
    comment_purged_at  bigint NULL,
    service_channel    text   NULL,
    agent_object_id    text   NULL
);
CREATE INDEX ix_feedback_responses_submitted ON feedback_responses (submitted_at);
CREATE INDEX ix_feedback_responses_results ON feedback_responses (submitted_at, team_id, agent_id, rating, effort);
CREATE INDEX ix_feedback_responses_team_results ON feedback_responses (team_id, submitted_at, agent_id, rating, effort);
CREATE INDEX ix_feedback_responses_agent_object ON feedback_responses (agent_object_id, submitted_at, agent_id, rating, effort);

CREATE TABLE scheduled_messages (
    id              text   NOT NULL PRIMARY KEY,
    conversation_id text   NOT NULL,
    user_id         text   NOT NULL,
    due_at          bigint NOT NULL,
    activity_json   text   NOT NULL,
    attempts        bigint NOT NULL DEFAULT 0,
    claimed_until   bigint NULL,
    sent_at         bigint NULL,
    created_at      bigint NOT NULL
);
CREATE INDEX ix_scheduled_messages_due ON scheduled_messages (sent_at, due_at);

CREATE TABLE processed_activities (
    channel_id      text    NOT NULL,
    conversation_id text    NOT NULL,
    activity_id     text    NOT NULL,
    invoke_status   bigint  NULL,
    invoke_body     text    NULL,
    processed_at    bigint  NOT NULL,
    PRIMARY KEY (channel_id, conversation_id, activity_id)
) WITH (toast_tuple_target = 4096);
CREATE INDEX ix_processed_activities_at ON processed_activities USING brin (processed_at);

CREATE TABLE outbox (
    id                 text    NOT NULL PRIMARY KEY,
    turn_id            text    NOT NULL,
    sequence           bigint  NOT NULL,
    conversation_id    text    NOT NULL,
    service_url        text    NOT NULL,
    provenance         text    NOT NULL,
    kind               text    NOT NULL,
    target_activity_id text    NULL,
    activity_json      text    NOT NULL,
    attempts           bigint  NOT NULL DEFAULT 0,
    next_attempt_at    bigint  NOT NULL,
    claimed_until      bigint  NULL,
    sent_at            bigint  NULL,
    given_up_at        bigint  NULL,
    created_at         bigint  NOT NULL,
    live_card_key      text    NULL
) WITH (toast_tuple_target = 4096);
CREATE INDEX ix_outbox_pending ON outbox (next_attempt_at) WHERE sent_at IS NULL AND given_up_at IS NULL;
CREATE INDEX ix_outbox_created ON outbox USING brin (created_at);

CREATE TABLE roster_people (
    tenant_id     text NOT NULL,
    object_id     text NOT NULL,
    display_name  text NULL,
    teams_user_id text NULL,
    place         text NULL,
    PRIMARY KEY (tenant_id, object_id)
);

CREATE TABLE roster_teams (
    team_id text NOT NULL PRIMARY KEY,
    name    text NOT NULL
);

CREATE TABLE roster_agents (
    tenant_id text NOT NULL,
    object_id text NOT NULL,
    team_id   text NOT NULL REFERENCES roster_teams (team_id),
    PRIMARY KEY (tenant_id, object_id),
    FOREIGN KEY (tenant_id, object_id) REFERENCES roster_people (tenant_id, object_id)
);
CREATE INDEX ix_roster_agents_team ON roster_agents (team_id);

CREATE TABLE roster_supervisors (
    team_id   text NOT NULL REFERENCES roster_teams (team_id),
    tenant_id text NOT NULL,
    object_id text NOT NULL,
    PRIMARY KEY (team_id, tenant_id, object_id),
    FOREIGN KEY (tenant_id, object_id) REFERENCES roster_people (tenant_id, object_id)
);
CREATE INDEX ix_roster_supervisors_person ON roster_supervisors (tenant_id, object_id);

CREATE TABLE roster_admins (
    tenant_id text NOT NULL,
    object_id text NOT NULL,
    PRIMARY KEY (tenant_id, object_id),
    FOREIGN KEY (tenant_id, object_id) REFERENCES roster_people (tenant_id, object_id)
);

CREATE TABLE roster_version (
    id         bigint NOT NULL PRIMARY KEY CHECK (id = 1),
    etag       text NOT NULL,
    updated_at bigint NOT NULL,
    updated_by text NULL
);
INSERT INTO roster_version (id, etag, updated_at, updated_by) VALUES (1, 'roster-empty', 0, NULL);

CREATE TABLE data_protection_keys (
    friendly_name text NOT NULL PRIMARY KEY,
    xml           text NOT NULL,
    created_at    bigint NOT NULL
);

CREATE TABLE survey_invitations (
    token_hash                text   NOT NULL PRIMARY KEY,
    service_session_id        text   NOT NULL UNIQUE,
    agent_id                  text   NOT NULL,
    agent_tenant_id           text   NULL,
    agent_object_id           text   NULL,
    agent_name                text   NULL,
    team_id                   text   NULL,
    conversation_id           text   NULL,
    service_channel           text   NULL,
    language                  text   NOT NULL,
    content_version           text   NULL,
    created_at                bigint NOT NULL,
    expires_at                bigint NOT NULL,
    used_at                   bigint NULL,
    customer_id               text   NULL,
    customer_object_id        text   NULL,
    customer_name             text   NULL,
    customer_conversation_id  text   NULL,
    customer_card_activity_id text   NULL
);
CREATE INDEX ix_survey_invitations_results ON survey_invitations (created_at, team_id, agent_id, agent_name);
CREATE INDEX ix_survey_invitations_team_results ON survey_invitations (team_id, created_at, agent_id, agent_name);
CREATE INDEX ix_survey_invitations_agent_object ON survey_invitations (agent_object_id, created_at, agent_id, agent_name, team_id);
CREATE INDEX ix_survey_invitations_customer ON survey_invitations (customer_conversation_id, customer_id);

CREATE TABLE feedback_aspects (
    service_session_id text   NOT NULL REFERENCES feedback_responses (service_session_id) ON DELETE CASCADE,
    aspect             text   NOT NULL,
    agent_id           text   NOT NULL,
    team_id            text   NULL,
    submitted_at       bigint NOT NULL,
    PRIMARY KEY (service_session_id, aspect)
);
CREATE INDEX ix_feedback_aspects_submitted ON feedback_aspects (submitted_at, team_id, aspect);
CREATE INDEX ix_feedback_aspects_team ON feedback_aspects (team_id, submitted_at, aspect);

CREATE TABLE content_revisions (
    id           bigint NOT NULL GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    parent       bigint NULL REFERENCES content_revisions (id),
    hash         text   NOT NULL,
    author       text   NOT NULL,
    summary      text   NOT NULL,
    origin       text   NOT NULL,
    created_at   bigint NOT NULL,
    published_at bigint NULL,
    published_by text   NULL
);
CREATE INDEX ix_content_revisions_origin ON content_revisions (origin, id);

CREATE TABLE content_revision_files (
    revision bigint NOT NULL REFERENCES content_revisions (id),
    path     text   NOT NULL,
    body     text   NOT NULL,
    PRIMARY KEY (revision, path)
);

CREATE TABLE content_live (
    slot         integer NOT NULL PRIMARY KEY CHECK (slot = 1),
    revision     bigint  NOT NULL REFERENCES content_revisions (id),
    published_at bigint  NOT NULL
);

CREATE TABLE understanding_misses (
    miss_key   text             NOT NULL PRIMARY KEY,
    text       text             NULL,
    language   text             NOT NULL,
    intent     text             NOT NULL,
    outcome    text             NOT NULL,
    confidence double precision NOT NULL,
    count      bigint           NOT NULL,
    first_seen bigint           NOT NULL,
    last_seen  bigint           NOT NULL
);
CREATE INDEX ix_understanding_misses_last_seen ON understanding_misses (last_seen);

-- As 0055: lz4 for the large texts where the server has it, pglz (the default) where it does not.
DO $$
BEGIN
    EXECUTE 'ALTER TABLE outbox ALTER COLUMN activity_json SET COMPRESSION lz4';
    EXECUTE 'ALTER TABLE processed_activities ALTER COLUMN invoke_body SET COMPRESSION lz4';
    EXECUTE 'ALTER TABLE state_items ALTER COLUMN json SET COMPRESSION lz4';
    EXECUTE 'ALTER TABLE service_sessions ALTER COLUMN json SET COMPRESSION lz4';
EXCEPTION WHEN feature_not_supported OR invalid_parameter_value OR syntax_error THEN
    RAISE NOTICE 'servicebot: lz4 is not available on this server; large texts stay compressed with pglz';
END
$$;

CREATE FUNCTION servicebot_expect_one(changed bigint) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF changed <> 1 THEN
        RAISE EXCEPTION 'servicebot: the write changed % rows, expected 1 (stale ETag or existing record)', changed
            USING ERRCODE = 'SB409';
    END IF;
END
$$;
