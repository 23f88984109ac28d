-- PostgreSQL only (its TOAST target, partial and BRIN indexes for the outbox and processed-activity records). Kept so
-- both engines number their migrations alike.
SELECT 1;
