-- The turn's large texts (a reply's activity JSON in the outbox, an invoke's answer in its processed-activity record,
-- the conversation state and the service session) are compressed when PostgreSQL stores them out of line. Its default
-- method (pglz) was the largest single cost of the server's work per turn in the load benchmark; lz4 compresses
-- several times faster to about the same size. Rows written before keep their pglz values, which stay readable.
-- A server without lz4 keeps pglz: one built without it (feature_not_supported, invalid_parameter_value) or older
-- than PostgreSQL 14, which has no SET COMPRESSION (syntax_error; hence EXECUTE, so the block itself still parses).
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
