-- The roster: people by Entra tenant + object id (GUIDs in lower-case 'D' form), teams, the team each agent serves
-- in, the supervisors of each team, and the admins. roster_version holds one ETag for the whole roster: every change
-- moves it, so an admin's edit made on a stale read is refused instead of overwriting another's.

CREATE TABLE roster_people (
    tenant_id     text NOT NULL,
    object_id     text NOT NULL,
    display_name  text NULL,
    teams_user_id text NULL,
    PRIMARY KEY (tenant_id, object_id)
);

CREATE TABLE roster_teams (
    team_id text NOT NULL PRIMARY KEY,
    name    text NOT NULL
);

CREATE TABLE roster_agents (
    tenant_id text NOT NULL,
    object_id text NOT NULL,
    team_id   text NOT NULL REFERENCES roster_teams (team_id),
    PRIMARY KEY (tenant_id, object_id),
    FOREIGN KEY (tenant_id, object_id) REFERENCES roster_people (tenant_id, object_id)
);
CREATE INDEX ix_roster_agents_team ON roster_agents (team_id);

CREATE TABLE roster_supervisors (
    team_id   text NOT NULL REFERENCES roster_teams (team_id),
    tenant_id text NOT NULL,
    object_id text NOT NULL,
    PRIMARY KEY (team_id, tenant_id, object_id),
    FOREIGN KEY (tenant_id, object_id) REFERENCES roster_people (tenant_id, object_id)
);
CREATE INDEX ix_roster_supervisors_person ON roster_supervisors (tenant_id, object_id);

CREATE TABLE roster_admins (
    tenant_id text NOT NULL,
    object_id text NOT NULL,
    PRIMARY KEY (tenant_id, object_id),
    FOREIGN KEY (tenant_id, object_id) REFERENCES roster_people (tenant_id, object_id)
);

CREATE TABLE roster_version (
    id         bigint NOT NULL PRIMARY KEY CHECK (id = 1),
    etag       text NOT NULL,
    updated_at bigint NOT NULL,
    updated_by text NULL
);
INSERT INTO roster_version (id, etag, updated_at, updated_by) VALUES (1, 'roster-empty', 0, NULL);
