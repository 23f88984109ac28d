-- The dialog content in the database: each revision is the whole set of content files (YAML and schemas) as text,
-- immutable once written, with its parent, author, time and summary. content_live names the one published revision;
-- publishing is a compare-and-set on it (the draft's parent must be what is live), so two admins editing at once
-- cannot silently overwrite each other.

CREATE TABLE content_revisions (
    id           bigint NOT NULL GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    parent       bigint NULL REFERENCES content_revisions (id),
    hash         text   NOT NULL,
    author       text   NOT NULL,
    summary      text   NOT NULL,
    origin       text   NOT NULL,
    created_at   bigint NOT NULL,
    published_at bigint NULL,
    published_by text   NULL
);
CREATE INDEX ix_content_revisions_origin ON content_revisions (origin, id);

CREATE TABLE content_revision_files (
    revision bigint NOT NULL REFERENCES content_revisions (id),
    path     text   NOT NULL,
    body     text   NOT NULL,
    PRIMARY KEY (revision, path)
);

CREATE TABLE content_live (
    slot         integer NOT NULL PRIMARY KEY CHECK (slot = 1),
    revision     bigint  NOT NULL REFERENCES content_revisions (id),
    published_at bigint  NOT NULL
);
