-- How each conversation reference's serviceUrl was learned: 'verified-channel' (a verified token named it),
-- 'unverified-channel' (a verified token came with it without naming it), 'local-mode' (no authentication: never sent
-- the bot's token), or 'unknown' for references stored before this was kept (the token goes there only if the host
-- is allow-listed).
ALTER TABLE conversation_references ADD COLUMN provenance TEXT NOT NULL DEFAULT 'unknown';
