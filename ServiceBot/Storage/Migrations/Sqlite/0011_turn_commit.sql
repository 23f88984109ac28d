-- One commit per turn: the activities already processed (de-duplication across instances and restarts) and the
-- replies a committed turn still has to send (the outbox).

-- A redelivered activity (same channel, conversation and activity id) gets the first outcome: for an invoke, the
-- status and JSON body of the first answer. Rows older than the retention window are purged.
CREATE TABLE processed_activities (
    channel_id      TEXT    NOT NULL,
    conversation_id TEXT    NOT NULL,
    activity_id     TEXT    NOT NULL,
    invoke_status   INTEGER NULL,
    invoke_body     TEXT    NULL,
    processed_at    INTEGER NOT NULL,
    PRIMARY KEY (channel_id, conversation_id, activity_id)
);
CREATE INDEX ix_processed_activities_at ON processed_activities (processed_at);

-- Replies written in the turn's transaction and sent right after it commits. A sender claims a row (claimed_until)
-- so two instances never send it at the same time; sent_at marks it done; a failed send is retried from
-- next_attempt_at; given_up_at marks one that kept failing. Rows of one turn share turn_id and go out in sequence.
CREATE TABLE outbox (
    id                 TEXT    NOT NULL PRIMARY KEY,
    turn_id            TEXT    NOT NULL,
    sequence           INTEGER NOT NULL,
    conversation_id    TEXT    NOT NULL,
    service_url        TEXT    NOT NULL,
    provenance         TEXT    NOT NULL,
    kind               TEXT    NOT NULL,
    target_activity_id TEXT    NULL,
    activity_json      TEXT    NOT NULL,
    attempts           INTEGER NOT NULL DEFAULT 0,
    next_attempt_at    INTEGER NOT NULL,
    claimed_until      INTEGER NULL,
    sent_at            INTEGER NULL,
    given_up_at        INTEGER NULL,
    created_at         INTEGER NOT NULL
);
CREATE INDEX ix_outbox_pending ON outbox (sent_at, given_up_at, next_attempt_at);
