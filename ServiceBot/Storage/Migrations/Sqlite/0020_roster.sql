-- The roster: people by Entra tenant + object id (GUIDs in lower-case 'D' form), teams, the team each agent serves
-- in, the supervisors of each team, and the admins. roster_version holds one ETag for the whole roster: every change
-- moves it, so an admin's edit made on a stale read is refused instead of overwriting another's.

CREATE TABLE roster_people (
    tenant_id     TEXT NOT NULL,
    object_id     TEXT NOT NULL,
    display_name  TEXT NULL,
    teams_user_id TEXT NULL,
    PRIMARY KEY (tenant_id, object_id)
);

CREATE TABLE roster_teams (
    team_id TEXT NOT NULL PRIMARY KEY,
    name    TEXT NOT NULL
);

CREATE TABLE roster_agents (
    tenant_id TEXT NOT NULL,
    object_id TEXT NOT NULL,
    team_id   TEXT NOT NULL REFERENCES roster_teams (team_id),
    PRIMARY KEY (tenant_id, object_id),
    FOREIGN KEY (tenant_id, object_id) REFERENCES roster_people (tenant_id, object_id)
);
CREATE INDEX ix_roster_agents_team ON roster_agents (team_id);

CREATE TABLE roster_supervisors (
    team_id   TEXT NOT NULL REFERENCES roster_teams (team_id),
    tenant_id TEXT NOT NULL,
    object_id TEXT NOT NULL,
    PRIMARY KEY (team_id, tenant_id, object_id),
    FOREIGN KEY (tenant_id, object_id) REFERENCES roster_people (tenant_id, object_id)
);
CREATE INDEX ix_roster_supervisors_person ON roster_supervisors (tenant_id, object_id);

CREATE TABLE roster_admins (
    tenant_id TEXT NOT NULL,
    object_id TEXT NOT NULL,
    PRIMARY KEY (tenant_id, object_id),
    FOREIGN KEY (tenant_id, object_id) REFERENCES roster_people (tenant_id, object_id)
);

CREATE TABLE roster_version (
    id         INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    etag       TEXT NOT NULL,
    updated_at INTEGER NOT NULL,
    updated_by TEXT NULL
);
INSERT INTO roster_version (id, etag, updated_at, updated_by) VALUES (1, 'roster-empty', 0, NULL);
