-- Proactive delivery: supervisors found by their Entra object id, and scheduled messages that survive a restart.

ALTER TABLE conversation_references ADD COLUMN aad_object_id text NULL;
UPDATE conversation_references SET aad_object_id = lower(json::jsonb -> 'user' ->> 'aadObjectId');
CREATE INDEX ix_conversation_references_aad ON conversation_references (aad_object_id, updated_at);

-- One row per message to send later. A dispatcher claims due rows (claimed_until) so that two instances never send
-- the same one; sent_at marks it done. attempts counts the claims, to give up on a message that keeps failing.
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
