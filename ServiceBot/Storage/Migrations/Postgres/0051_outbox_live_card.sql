-- A row that carries the conversation's live card names the conversation key its message id is recorded under, so a
-- send the outbox retries later still records the id (the next turn then updates that card instead of posting anew).

ALTER TABLE outbox ADD COLUMN live_card_key TEXT NULL;
