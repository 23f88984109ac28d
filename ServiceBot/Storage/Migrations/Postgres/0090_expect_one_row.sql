-- A turn's writes go to the server in one batch with its COMMIT. A write that must change exactly one row (an update
-- under its ETag, a record that must be new) runs as
--   WITH changed AS (<write> RETURNING 1) SELECT servicebot_expect_one(count(*)) FROM changed
-- and this error stops the batch before the COMMIT, so the whole turn rolls back (SQLSTATE SB409: a stale write).
CREATE FUNCTION servicebot_expect_one(changed bigint) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF changed <> 1 THEN
        RAISE EXCEPTION 'servicebot: the write changed % rows, expected 1 (stale ETag or existing record)', changed
            USING ERRCODE = 'SB409';
    END IF;
END
$$;
