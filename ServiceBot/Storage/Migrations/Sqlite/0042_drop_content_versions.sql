-- content_versions (0001) was an audit trail nothing wrote or read: content_revisions (0040) keeps who, when and what
-- for every revision, with the files themselves.

DROP INDEX IF EXISTS ix_content_versions_hash;
DROP TABLE IF EXISTS content_versions;
