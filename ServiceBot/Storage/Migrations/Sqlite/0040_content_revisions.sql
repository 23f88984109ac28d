-- The dialog content in the database: each revision is the whole set of content files (YAML and schemas) as text,
-- immutable once written, with its parent, author, time and summary. content_live names the one published revision;
-- publishing is a compare-and-set on it (the draft's parent must be what is live), so two admins editing at once
-- cannot silently overwrite each other.

CREATE TABLE content_revisions (
    id           INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    parent       INTEGER NULL REFERENCES content_revisions (id),
    hash         TEXT   NOT NULL,
    author       TEXT   NOT NULL,
    summary      TEXT   NOT NULL,
    origin       TEXT   NOT NULL,
    created_at   INTEGER NOT NULL,
    published_at INTEGER NULL,
    published_by TEXT   NULL
);
CREATE INDEX ix_content_revisions_origin ON content_revisions (origin, id);

CREATE TABLE content_revision_files (
    revision INTEGER NOT NULL REFERENCES content_revisions (id),
    path     TEXT   NOT NULL,
    body     TEXT   NOT NULL,
    PRIMARY KEY (revision, path)
);

CREATE TABLE content_live (
    slot         INTEGER NOT NULL PRIMARY KEY CHECK (slot = 1),
    revision     INTEGER NOT NULL REFERENCES content_revisions (id),
    published_at INTEGER NOT NULL
);
