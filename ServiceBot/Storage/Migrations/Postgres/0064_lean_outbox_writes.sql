-- The server's work per reply and per turn (issue 17, sixth pass).

-- A reply's card (5–7 KB of JSON) compresses with lz4 to about 2 KB, just over the ~2 KB a row keeps by default, so
-- most of them went to the TOAST table: one more heap row and one more index entry per ~2 KB chunk, on every reply.
-- With a target of 4 KB a compressed card stays in its row; a text still larger than that after compression goes out of
-- line as before. The invoke answer kept with its processed-activity record is the same kind of card.
ALTER TABLE outbox SET (toast_tuple_target = 4096);
ALTER TABLE processed_activities SET (toast_tuple_target = 4096);

-- Marking a reply sent changed a key of the pending index (sent_at), so every mark added an entry to it. The index now
-- holds only the rows still to send, which is all the senders look for; a row marked sent leaves it.
DROP INDEX ix_outbox_pending;
CREATE INDEX ix_outbox_pending ON outbox (next_attempt_at) WHERE sent_at IS NULL AND given_up_at IS NULL;

-- The purges find old rows by time. Rows are written in time order, so a BRIN index (one summary per block range, next
-- to nothing to maintain per insert) finds them instead of a b-tree entry per row: one index insert fewer per turn in
-- processed_activities. The outbox purge names created_at (a row is sent or given up after it is created).
CREATE INDEX ix_outbox_created ON outbox USING brin (created_at);
DROP INDEX ix_processed_activities_at;
CREATE INDEX ix_processed_activities_at ON processed_activities USING brin (processed_at);
