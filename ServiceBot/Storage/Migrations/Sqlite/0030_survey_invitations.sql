-- Post-service feedback. survey_invitations: one per ended service, found by the SHA-256 of its one-time token (the
-- token itself is never stored); used_at is set by one atomic UPDATE, in the same transaction as the answer, so two
-- submits (two tabs, two instances) record once. The answer keeps the service's channel and the agent's Entra id,
-- and its aspects are one row each in feedback_aspects for the results queries.

CREATE TABLE survey_invitations (
    token_hash         TEXT    NOT NULL PRIMARY KEY,
    service_session_id TEXT    NOT NULL UNIQUE,
    agent_id           TEXT    NOT NULL,
    agent_tenant_id    TEXT    NULL,
    agent_object_id    TEXT    NULL,
    agent_name         TEXT    NULL,
    team_id            TEXT    NULL,
    conversation_id    TEXT    NULL,
    service_channel    TEXT    NULL,
    language           TEXT    NOT NULL,
    content_version    TEXT    NULL,
    created_at         INTEGER NOT NULL,
    expires_at         INTEGER NOT NULL,
    used_at            INTEGER NULL
);
CREATE INDEX ix_survey_invitations_created ON survey_invitations (created_at);
CREATE INDEX ix_survey_invitations_agent ON survey_invitations (agent_id, created_at);
CREATE INDEX ix_survey_invitations_team ON survey_invitations (team_id, created_at);

ALTER TABLE feedback_responses ADD COLUMN service_channel TEXT NULL;
ALTER TABLE feedback_responses ADD COLUMN agent_object_id TEXT NULL;

CREATE TABLE feedback_aspects (
    service_session_id TEXT    NOT NULL REFERENCES feedback_responses (service_session_id) ON DELETE CASCADE,
    aspect             TEXT    NOT NULL,
    agent_id           TEXT    NOT NULL,
    team_id            TEXT    NULL,
    submitted_at       INTEGER NOT NULL,
    PRIMARY KEY (service_session_id, aspect)
);
CREATE INDEX ix_feedback_aspects_submitted ON feedback_aspects (submitted_at, team_id, aspect);

-- The results queries (CSAT, mean, CES by agent and week over a period) read only this index.
CREATE INDEX ix_feedback_responses_results ON feedback_responses (submitted_at, team_id, agent_id, rating, effort);
