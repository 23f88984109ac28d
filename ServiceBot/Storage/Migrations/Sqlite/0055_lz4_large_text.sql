-- PostgreSQL only (the compression of its out-of-line texts): SQLite does not compress. Kept so both engines number
-- their migrations alike.
SELECT 1;
