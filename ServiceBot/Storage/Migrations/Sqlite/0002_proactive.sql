-- Proactive delivery: supervisors found by their Entra object id, and scheduled messages that survive a restart.

ALTER TABLE conversation_references ADD COLUMN aad_object_id TEXT NULL;
UPDATE conversation_references SET aad_object_id = lower(json_extract(json, '$.user.aadObjectId'));
CREATE INDEX ix_conversation_references_aad ON conversation_references (aad_object_id, updated_at);

-- One row per message to send later. A dispatcher claims due rows (claimed_until) so that two instances never send
-- the same one; sent_at marks it done. attempts counts the claims, to give up on a message that keeps failing.
CREATE TABLE scheduled_messages (
    id              TEXT    NOT NULL PRIMARY KEY,
    conversation_id TEXT    NOT NULL,
    user_id         TEXT    NOT NULL,
    due_at          INTEGER NOT NULL,
    activity_json   TEXT    NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    claimed_until   INTEGER NULL,
    sent_at         INTEGER NULL,
    created_at      INTEGER NOT NULL
);
CREATE INDEX ix_scheduled_messages_due ON scheduled_messages (sent_at, due_at);
