-- PostgreSQL only (servicebot_expect_one, for the turn's one-batch commit): SQLite checks each write's row count as
-- the group commit runs it. Kept so both engines number their migrations alike.
SELECT 1;
