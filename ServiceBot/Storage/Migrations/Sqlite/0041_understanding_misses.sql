-- What agents typed that the bot did not act on (a "¿Quiso decir…?" card, the menu, a question asked again), one row
-- per distinct normalised text and language, counted, with the last best guess, for the studio's list. Only when
-- UnderstandingMisses:KeepText is on is the text kept; otherwise one row per best-guess intent with text NULL.
-- Rows not seen for UnderstandingMisses:RetentionDays are deleted.

CREATE TABLE understanding_misses (
    miss_key   TEXT    NOT NULL PRIMARY KEY,
    text       TEXT    NULL,
    language   TEXT    NOT NULL,
    intent     TEXT    NOT NULL,
    outcome    TEXT    NOT NULL,
    confidence REAL    NOT NULL,
    count      INTEGER NOT NULL,
    first_seen INTEGER NOT NULL,
    last_seen  INTEGER NOT NULL
);

CREATE INDEX ix_understanding_misses_last_seen ON understanding_misses (last_seen);
