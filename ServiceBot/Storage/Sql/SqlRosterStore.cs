using System.Data;
using System.Data.Common;
using Dapper;
using ServiceBot.People;

namespace ServiceBot.Storage.Sql;

/// <summary>
/// <see cref="IRosterStore"/> in the <c>roster_*</c> tables; the same statements run on both engines. A change first
/// moves <c>roster_version</c> from the expected ETag (one row: SQLite's BEGIN IMMEDIATE and PostgreSQL's row lock let
/// one writer at a time past it), then applies its edits in the same transaction.
/// </summary>
internal sealed class SqlRosterStore(StorageDatabase database, TimeProvider time) : IRosterStore
{
    private const string PersonColumns = "p.tenant_id AS TenantId, p.object_id AS ObjectId, p.display_name AS DisplayName, p.teams_user_id AS TeamsUserId";

    public async Task<Roster> GetAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        var etag = await connection.QuerySingleAsync<string>(new CommandDefinition(
            "SELECT etag FROM roster_version WHERE id = 1", transaction: transaction, cancellationToken: cancellationToken));
        var people = await connection.QueryAsync<PersonRow>(new CommandDefinition(
            $"SELECT {PersonColumns} FROM roster_people p",
            transaction: transaction, cancellationToken: cancellationToken));
        var places = await connection.QueryAsync<PlaceRow>(new CommandDefinition(
            "SELECT tenant_id AS TenantId, object_id AS ObjectId, place AS Place FROM roster_people WHERE place IS NOT NULL",
            transaction: transaction, cancellationToken: cancellationToken));
        var teams = await QueryTeamsAsync(connection, transaction, "SELECT team_id AS Id, name AS Name FROM roster_teams", null, cancellationToken);
        var agents = await connection.QueryAsync<MembershipRow>(new CommandDefinition(
            "SELECT team_id AS TeamId, tenant_id AS TenantId, object_id AS ObjectId FROM roster_agents",
            transaction: transaction, cancellationToken: cancellationToken));
        var supervisors = await connection.QueryAsync<MembershipRow>(new CommandDefinition(
            "SELECT team_id AS TeamId, tenant_id AS TenantId, object_id AS ObjectId FROM roster_supervisors",
            transaction: transaction, cancellationToken: cancellationToken));
        var admins = await connection.QueryAsync<KeyRow>(new CommandDefinition(
            "SELECT tenant_id AS TenantId, object_id AS ObjectId FROM roster_admins",
            transaction: transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);

        return new Roster(
            RosterOrder.People(people.Select(row => row.ToPerson())),
            RosterOrder.Teams(teams),
            RosterOrder.Memberships(agents.Select(row => row.ToMembership())),
            RosterOrder.Memberships(supervisors.Select(row => row.ToMembership())),
            [.. admins.Select(row => row.ToKey()).OrderBy(key => key.ToString(), StringComparer.Ordinal)],
            etag,
            places.ToDictionary(row => new PersonKey(Guid.Parse(row.TenantId), Guid.Parse(row.ObjectId)), row => row.Place));
    }

    public async Task<RosterStanding> GetStandingAsync(PersonKey person, CancellationToken cancellationToken = default)
    {
        var parameters = Parameters(person);
        await using var connection = await database.OpenAsync(cancellationToken);
        var isAdmin = await IsAdminAsync(connection, parameters, cancellationToken);
        var agentTeam = await QueryAgentTeamAsync(connection, parameters, cancellationToken);
        var supervised = await QuerySupervisedTeamsAsync(connection, parameters, cancellationToken);
        return new RosterStanding(person, isAdmin, agentTeam, supervised);
    }

    public async Task<IReadOnlyList<Person>> GetSupervisorsOfAgentAsync(PersonKey? agent, CancellationToken cancellationToken = default)
    {
        const string OfTeam = $"""
            SELECT {PersonColumns} FROM roster_supervisors s
            JOIN roster_people p ON p.tenant_id = s.tenant_id AND p.object_id = s.object_id
            WHERE s.team_id = @teamId
            """;

        await using var connection = await database.OpenAsync(cancellationToken);
        if (agent is { } key && await QueryAgentTeamAsync(connection, Parameters(key), cancellationToken) is { } team)
        {
            var ofTheirTeam = await connection.QueryAsync<PersonRow>(new CommandDefinition(
                OfTeam, new { teamId = team.Id }, cancellationToken: cancellationToken));
            if (ofTheirTeam.Any())
            {
                return RosterOrder.ByKey(ofTheirTeam.Select(row => row.ToPerson()));
            }
        }

        var ofDefault = await connection.QueryAsync<PersonRow>(new CommandDefinition(
            OfTeam, new { teamId = RosterDefaults.DefaultTeamId }, cancellationToken: cancellationToken));
        return RosterOrder.ByKey(ofDefault.Select(row => row.ToPerson()));
    }

    public async Task<Team?> GetTeamOfAgentAsync(PersonKey agent, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await QueryAgentTeamAsync(connection, Parameters(agent), cancellationToken);
    }

    public async Task<IReadOnlyList<Team>> GetTeamsSupervisedByAsync(PersonKey supervisor, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await QuerySupervisedTeamsAsync(connection, Parameters(supervisor), cancellationToken);
    }

    public async Task<string?> GetPlaceAsync(PersonKey person, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT place FROM roster_people WHERE tenant_id = @tenantId AND object_id = @objectId",
            Parameters(person),
            cancellationToken: cancellationToken));
    }

    public async Task<bool> IsAdminAsync(PersonKey person, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await IsAdminAsync(connection, Parameters(person), cancellationToken);
    }

    public async Task<bool> IsSupervisorOnlyAsync(PersonKey person, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await IsSupervisorOnlyAsync(connection, person, cancellationToken);
    }

    /// <summary><see cref="IsSupervisorOnlyAsync(PersonKey, CancellationToken)"/> on a connection a turn already holds.</summary>
    /// <remarks>On a SQLite connection that keeps prepared statements (a turn's reader) the prepared one is reused.</remarks>
    internal static async Task<bool> IsSupervisorOnlyAsync(DbConnection connection, PersonKey person, CancellationToken cancellationToken) =>
        await SupervisorOnlyStatement(person).QuerySingleOrDefaultAsync<long>(connection, null, cancellationToken) == 1;

    /// <summary>The question of <see cref="IsSupervisorOnlyAsync(PersonKey, CancellationToken)"/>: one row, one column, 1 for yes.</summary>
    internal static SqlStatement SupervisorOnlyStatement(PersonKey person) => new(
        """
        SELECT CASE WHEN EXISTS (
                SELECT 1 FROM roster_supervisors s JOIN roster_teams t ON t.team_id = s.team_id
                WHERE s.tenant_id = @tenantId AND s.object_id = @objectId)
            AND NOT EXISTS (
                SELECT 1 FROM roster_agents a JOIN roster_teams t ON t.team_id = a.team_id
                WHERE a.tenant_id = @tenantId AND a.object_id = @objectId)
            THEN 1 ELSE 0 END
        """,
        Parameters(person));

    public async Task<string> ApplyAsync(
        IReadOnlyList<RosterChange> changes, string expectedETag, string? author, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        StorageArguments.Key(expectedETag, nameof(expectedETag));
        foreach (var change in changes)
        {
            RosterChangeRules.Check(change);
        }

        var etag = ETags.New();
        var versionSql = expectedETag == ETags.Any
            ? "UPDATE roster_version SET etag = @etag, updated_at = @now, updated_by = @author WHERE id = 1"
            : "UPDATE roster_version SET etag = @etag, updated_at = @now, updated_by = @author WHERE id = 1 AND etag = @expectedETag";

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var moved = await connection.ExecuteAsync(new CommandDefinition(
            versionSql,
            new { etag, now = UnixTime.ToMilliseconds(time.GetUtcNow()), author, expectedETag },
            transaction,
            cancellationToken: cancellationToken));
        if (moved != 1)
        {
            throw StoreConflictException.For("Roster", "roster", expectedETag);
        }

        var writer = new ChangeWriter(connection, transaction, cancellationToken);
        foreach (var change in changes)
        {
            await writer.ApplyAsync(change);
        }

        await transaction.CommitAsync(cancellationToken);
        return etag;
    }

    private static async Task<bool> IsAdminAsync(DbConnection connection, object parameters, CancellationToken cancellationToken) =>
        await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM roster_admins WHERE tenant_id = @tenantId AND object_id = @objectId",
            parameters,
            cancellationToken: cancellationToken)) > 0;

    private static async Task<Team?> QueryAgentTeamAsync(DbConnection connection, object parameters, CancellationToken cancellationToken) =>
        await connection.QuerySingleOrDefaultAsync<Team>(new CommandDefinition(
            """
            SELECT t.team_id AS Id, t.name AS Name FROM roster_agents a JOIN roster_teams t ON t.team_id = a.team_id
            WHERE a.tenant_id = @tenantId AND a.object_id = @objectId
            """,
            parameters,
            cancellationToken: cancellationToken));

    private static Task<IReadOnlyList<Team>> QuerySupervisedTeamsAsync(DbConnection connection, object parameters, CancellationToken cancellationToken) =>
        QueryTeamsAsync(
            connection,
            null,
            """
            SELECT t.team_id AS Id, t.name AS Name FROM roster_supervisors s JOIN roster_teams t ON t.team_id = s.team_id
            WHERE s.tenant_id = @tenantId AND s.object_id = @objectId
            """,
            parameters,
            cancellationToken);

    private static async Task<IReadOnlyList<Team>> QueryTeamsAsync(
        DbConnection connection, DbTransaction? transaction, string sql, object? parameters, CancellationToken cancellationToken) =>
        RosterOrder.Teams(await connection.QueryAsync<Team>(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken)));

    private static object Parameters(PersonKey person) => new { tenantId = person.TenantIdText, objectId = person.ObjectIdText };

    /// <summary>Runs one change's statements inside the apply transaction.</summary>
    private sealed class ChangeWriter(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        public Task ApplyAsync(RosterChange change) => change switch
        {
            RosterChange.SaveTeam save => ExecuteAsync(
                """
                INSERT INTO roster_teams (team_id, name) VALUES (@teamId, @name)
                ON CONFLICT (team_id) DO UPDATE SET name = excluded.name
                """,
                new { teamId = save.TeamId, name = save.Name.Trim() }),
            RosterChange.RemoveTeam remove => RemoveTeamAsync(remove.TeamId),
            RosterChange.AssignAgent assign => AssignAgentAsync(assign),
            RosterChange.RemoveAgent remove => ExecuteAsync(
                "DELETE FROM roster_agents WHERE tenant_id = @tenantId AND object_id = @objectId", Parameters(remove.Agent)),
            RosterChange.AddSupervisor add => AddSupervisorAsync(add),
            RosterChange.RemoveSupervisor remove => ExecuteAsync(
                "DELETE FROM roster_supervisors WHERE team_id = @teamId AND tenant_id = @tenantId AND object_id = @objectId",
                new { teamId = remove.TeamId, tenantId = remove.Supervisor.TenantIdText, objectId = remove.Supervisor.ObjectIdText }),
            RosterChange.AddAdmin add => AddAdminAsync(add.Admin),
            RosterChange.RemoveAdmin remove => ExecuteAsync(
                "DELETE FROM roster_admins WHERE tenant_id = @tenantId AND object_id = @objectId", Parameters(remove.Admin)),
            RosterChange.SetPlace place => SetPlaceAsync(place),
            _ => throw new RosterChangeException($"Unknown roster change {change.GetType().Name}."),
        };

        private async Task RemoveTeamAsync(string teamId)
        {
            var members = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                "SELECT (SELECT COUNT(*) FROM roster_agents WHERE team_id = @teamId) + (SELECT COUNT(*) FROM roster_supervisors WHERE team_id = @teamId)",
                new { teamId },
                transaction,
                cancellationToken: cancellationToken));
            if (members > 0)
            {
                throw new RosterChangeException($"Team '{teamId}' still has {members} agent(s) or supervisor(s); move or remove them first.");
            }

            await ExecuteAsync("DELETE FROM roster_teams WHERE team_id = @teamId", new { teamId });
        }

        private async Task AssignAgentAsync(RosterChange.AssignAgent assign)
        {
            await RequireTeamAsync(assign.TeamId);
            await SavePersonAsync(assign.Agent);
            await ExecuteAsync(
                """
                INSERT INTO roster_agents (tenant_id, object_id, team_id) VALUES (@tenantId, @objectId, @teamId)
                ON CONFLICT (tenant_id, object_id) DO UPDATE SET team_id = excluded.team_id
                """,
                new { tenantId = assign.Agent.Key.TenantIdText, objectId = assign.Agent.Key.ObjectIdText, teamId = assign.TeamId });
        }

        private async Task AddSupervisorAsync(RosterChange.AddSupervisor add)
        {
            await RequireTeamAsync(add.TeamId);
            await SavePersonAsync(add.Supervisor);
            await ExecuteAsync(
                """
                INSERT INTO roster_supervisors (team_id, tenant_id, object_id) VALUES (@teamId, @tenantId, @objectId)
                ON CONFLICT (team_id, tenant_id, object_id) DO NOTHING
                """,
                new { teamId = add.TeamId, tenantId = add.Supervisor.Key.TenantIdText, objectId = add.Supervisor.Key.ObjectIdText });
        }

        private async Task SetPlaceAsync(RosterChange.SetPlace change)
        {
            var place = string.IsNullOrWhiteSpace(change.Place) ? null : change.Place.Trim();
            await SavePersonAsync(change.Person);
            await ExecuteAsync(
                "UPDATE roster_people SET place = @place WHERE tenant_id = @tenantId AND object_id = @objectId",
                new { place, tenantId = change.Person.Key.TenantIdText, objectId = change.Person.Key.ObjectIdText });
        }

        private async Task AddAdminAsync(Person admin)
        {
            await SavePersonAsync(admin);
            await ExecuteAsync(
                "INSERT INTO roster_admins (tenant_id, object_id) VALUES (@tenantId, @objectId) ON CONFLICT (tenant_id, object_id) DO NOTHING",
                Parameters(admin.Key));
        }

        /// <summary>Adds the person, or fills in the name and Teams id given (a missing one never erases what is known).</summary>
        private Task<int> SavePersonAsync(Person person) => ExecuteAsync(
            """
            INSERT INTO roster_people (tenant_id, object_id, display_name, teams_user_id)
            VALUES (@tenantId, @objectId, @displayName, @teamsUserId)
            ON CONFLICT (tenant_id, object_id) DO UPDATE SET
                display_name = COALESCE(excluded.display_name, roster_people.display_name),
                teams_user_id = COALESCE(excluded.teams_user_id, roster_people.teams_user_id)
            """,
            new
            {
                tenantId = person.Key.TenantIdText,
                objectId = person.Key.ObjectIdText,
                displayName = string.IsNullOrWhiteSpace(person.DisplayName) ? null : person.DisplayName.Trim(),
                teamsUserId = string.IsNullOrWhiteSpace(person.TeamsUserId) ? null : person.TeamsUserId.Trim(),
            });

        private async Task RequireTeamAsync(string teamId)
        {
            var exists = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                "SELECT COUNT(*) FROM roster_teams WHERE team_id = @teamId", new { teamId }, transaction, cancellationToken: cancellationToken));
            if (exists == 0)
            {
                throw new RosterChangeException($"There is no team '{teamId}'; create it first.");
            }
        }

        private Task<int> ExecuteAsync(string sql, object parameters) =>
            connection.ExecuteAsync(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken));
    }

    private sealed record KeyRow(string TenantId, string ObjectId)
    {
        public PersonKey ToKey() => new(Guid.Parse(TenantId), Guid.Parse(ObjectId));
    }

    private sealed record PersonRow(string TenantId, string ObjectId, string? DisplayName, string? TeamsUserId)
    {
        public Person ToPerson() => new(new PersonKey(Guid.Parse(TenantId), Guid.Parse(ObjectId)), DisplayName, TeamsUserId);
    }

    private sealed record PlaceRow(string TenantId, string ObjectId, string Place);

    private sealed record MembershipRow(string TeamId, string TenantId, string ObjectId)
    {
        public TeamMembership ToMembership() => new(TeamId, new PersonKey(Guid.Parse(TenantId), Guid.Parse(ObjectId)));
    }
}
