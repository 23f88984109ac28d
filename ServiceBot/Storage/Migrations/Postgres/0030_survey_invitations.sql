-- Post-service feedback. survey_invitations: one per ended service, found by the SHA-256 of its one-time token (the
-- token itself is never stored); used_at is set by one atomic UPDATE, in the same transaction as the answer, so two
-- submits (two tabs, two instances) record once. The answer keeps the service's channel and the agent's Entra id,
-- and its aspects are one row each in feedback_aspects for the results queries.

CREATE TABLE survey_invitations (
    token_hash         text    NOT NULL PRIMARY KEY,
    service_session_id text    NOT NULL UNIQUE,
    agent_id           text    NOT NULL,
    agent_tenant_id    text    NULL,
    agent_object_id    text    NULL,
    agent_name         text    NULL,
    team_id            text    NULL,
    conversation_id    text    NULL,
    service_channel    text    NULL,
    language           text    NOT NULL,
    content_version    text    NULL,
    created_at         bigint NOT NULL,
    expires_at         bigint NOT NULL,
    used_at            bigint NULL
);
CREATE INDEX ix_survey_invitations_created ON survey_invitations (created_at);
CREATE INDEX ix_survey_invitations_agent ON survey_invitations (agent_id, created_at);
CREATE INDEX ix_survey_invitations_team ON survey_invitations (team_id, created_at);

ALTER TABLE feedback_responses ADD COLUMN service_channel text NULL;
ALTER TABLE feedback_responses ADD COLUMN agent_object_id text NULL;

CREATE TABLE feedback_aspects (
    service_session_id text    NOT NULL REFERENCES feedback_responses (service_session_id) ON DELETE CASCADE,
    aspect             text    NOT NULL,
    agent_id           text    NOT NULL,
    team_id            text    NULL,
    submitted_at       bigint NOT NULL,
    PRIMARY KEY (service_session_id, aspect)
);
CREATE INDEX ix_feedback_aspects_submitted ON feedback_aspects (submitted_at, team_id, aspect);

-- The results queries (CSAT, mean, CES by agent and week over a period) read only this index.
CREATE INDEX ix_feedback_responses_results ON feedback_responses (submitted_at, team_id, agent_id, rating, effort);
