using System.Data.Common;
using System.Text.Json;
using Dapper;
using ServiceBot.BotFramework.Schema;

namespace ServiceBot.Storage.Sql;

/// <summary>
/// <see cref="IServiceSessionStore"/> in <c>service_sessions</c>: the whole session as JSON, plus the columns
/// that queries and retention filter on.
/// </summary>
internal sealed class SqlServiceSessionStore(StorageDatabase database, TimeProvider time) : IServiceSessionStore
{
    private const string Columns = "json AS Json, etag AS ETag";

    public async Task<ServiceSession> CreateAsync(ServiceSession session, CancellationToken cancellationToken = default)
    {
        var parameters = Parameters(session, expectedETag: null, time.GetUtcNow());
        await using var writer = await database.OpenWriterAsync(cancellationToken);
        return await TryCreateAsync(writer.Connection, null, parameters, cancellationToken) is { } created
            ? session with { ETag = created }
            : throw StoreConflictException.For("Service session", session.Id, null);
    }

    public async Task<ServiceSession?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        StorageArguments.Key(id, nameof(id));
        await using var connection = await database.OpenAsync(cancellationToken);
        return await GetAsync(connection, null, id, cancellationToken);
    }

    public async Task<ServiceSession> UpdateAsync(ServiceSession session, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (string.IsNullOrWhiteSpace(session.ETag))
        {
            throw new ArgumentException("Update a session that was read or created (its ETag is missing), or pass ETags.Any.", nameof(session));
        }

        var parameters = Parameters(session, session.ETag, time.GetUtcNow());
        await using var writer = await database.OpenWriterAsync(cancellationToken);
        return await UpdateAsync(writer.Connection, null, parameters, cancellationToken)
            ? session with { ETag = parameters.etag }
            : throw StoreConflictException.For("Service session", session.Id, session.ETag);
    }

    /// <summary>The session with this id, read on <paramref name="connection"/> (inside <paramref name="transaction"/> when given).</summary>
    internal static async Task<ServiceSession?> GetAsync(DbConnection connection, DbTransaction? transaction, string id, CancellationToken cancellationToken)
    {
        var row = await ReadStatement(id).QuerySingleOrDefaultAsync<SessionRow>(connection, transaction, cancellationToken);
        return row?.ToSession();
    }

    /// <summary>Reads one session: the columns json and etag, in that order (<see cref="FromColumns"/>).</summary>
    internal static SqlStatement ReadStatement(string id) => new($"SELECT {Columns} FROM service_sessions WHERE id = @id", new { id });

    internal static ServiceSession FromColumns(string json, string etag) => new SessionRow(json, etag).ToSession();

    /// <summary>Inserts a new session; its new ETag, or null when a session with this id exists.</summary>
    internal static async Task<string?> TryCreateAsync(DbConnection connection, DbTransaction? transaction, SessionParameters parameters, CancellationToken cancellationToken)
    {
        var rows = await CreateStatement(parameters).ExecuteAsync(connection, transaction, cancellationToken);
        return rows == 1 ? parameters.etag : null;
    }

    /// <summary>The insert of <see cref="TryCreateAsync"/>: one row, or none when a session with this id exists.</summary>
    internal static SqlStatement CreateStatement(SessionParameters parameters) => new(
        """
        INSERT INTO service_sessions (id, agent_id, team_id, started_at, ended_at, json, etag, updated_at)
        VALUES (@id, @agentId, @teamId, @startedAt, @endedAt, @json, @etag, @now)
        ON CONFLICT (id) DO NOTHING
        """,
        parameters);

    /// <summary>Replaces a session under its expected ETag (<see cref="ETags.Any"/> for any); false when it is stale or gone.</summary>
    internal static async Task<bool> UpdateAsync(DbConnection connection, DbTransaction? transaction, SessionParameters parameters, CancellationToken cancellationToken) =>
        await UpdateStatement(parameters).ExecuteAsync(connection, transaction, cancellationToken) == 1;

    /// <summary>The update of <see cref="UpdateAsync(DbConnection, DbTransaction?, SessionParameters, CancellationToken)"/>: one row, or none when stale or gone.</summary>
    internal static SqlStatement UpdateStatement(SessionParameters parameters)
    {
        var condition = parameters.expectedETag == ETags.Any ? string.Empty : " AND etag = @expectedETag";
        return new SqlStatement(
            $"""
            UPDATE service_sessions SET agent_id = @agentId, team_id = @teamId, started_at = @startedAt,
                ended_at = @endedAt, json = @json, etag = @etag, updated_at = @now
            WHERE id = @id{condition}
            """,
            parameters);
    }

    public async Task<IReadOnlyList<ServiceSession>> ListByAgentAsync(
        string agentId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        StorageArguments.Key(agentId, nameof(agentId));
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<SessionRow>(new CommandDefinition(
            $"""
            SELECT {Columns} FROM service_sessions
            WHERE agent_id = @agentId AND started_at >= @from AND started_at < @to
            ORDER BY started_at, id
            """,
            new { agentId, from = UnixTime.ToMilliseconds(from), to = UnixTime.ToMilliseconds(to) },
            cancellationToken: cancellationToken));
        return rows.Select(row => row.ToSession()).ToList();
    }

    public async Task<int> PurgeStartedBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default)
    {
        await using var writer = await database.OpenWriterAsync(cancellationToken);
        return await writer.Connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM service_sessions WHERE started_at < @cutoff",
            new { cutoff = UnixTime.ToMilliseconds(cutoff) },
            cancellationToken: cancellationToken));
    }

    /// <summary>The statement parameters for <paramref name="session"/>, with a new ETag; checks the session first.</summary>
    internal static SessionParameters Parameters(ServiceSession session, string? expectedETag, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(session);
        StorageArguments.Key(session.Id, "session.Id");
        StorageArguments.Key(session.AgentId, "session.AgentId");
        if (session.EndedAt < session.StartedAt)
        {
            throw new ArgumentException("A session cannot end before it starts.", nameof(session));
        }

        return new SessionParameters(
            session.Id,
            session.AgentId,
            session.TeamId,
            UnixTime.ToMilliseconds(session.StartedAt),
            UnixTime.ToMilliseconds(session.EndedAt),
            JsonSerializer.Serialize(session, ProtocolJson.Options),
            ETags.New(),
            expectedETag,
            UnixTime.ToMilliseconds(now));
    }

    /// <summary>
    /// The write a turn that keeps its writes for its commit makes to store <paramref name="after"/>; null when there is
    /// nothing to write (no session, or unchanged). A new session is created, and one stored under its id meanwhile
    /// stands (a turn never creates one id twice); a session read before is updated under its ETag, and
    /// <see cref="SessionSave.Conflict"/> is what a stale ETag means.
    /// </summary>
    internal static SessionSave? SaveInTurn(ServiceSession? before, ServiceSession? after, DateTimeOffset now)
    {
        if (after is null || Equals(before, after))
        {
            return null;
        }

        if (after.ETag is null)
        {
            var created = Parameters(after, expectedETag: null, now);
            return new SessionSave(CreateStatement(created), after with { ETag = created.etag }, null);
        }

        var updated = Parameters(after, after.ETag, now);
        return new SessionSave(UpdateStatement(updated), after with { ETag = updated.etag }, () => StoreConflictException.For("Service session", after.Id, after.ETag));
    }

    /// <summary>A session's write in a turn, the session as it will be stored, and the conflict when the write must change one row and does not.</summary>
    internal sealed record SessionSave(SqlStatement Statement, ServiceSession Saved, Func<StoreConflictException>? Conflict);

#pragma warning disable IDE1006 // Dapper parameter names match the SQL's.
    internal sealed record SessionParameters(
        string id, string agentId, string? teamId, long startedAt, long? endedAt, string json, string etag, string? expectedETag, long now);
#pragma warning restore IDE1006

    private sealed record SessionRow(string Json, string ETag)
    {
        public ServiceSession ToSession() =>
            JsonSerializer.Deserialize<ServiceSession>(Json, ProtocolJson.Options)! with { ETag = ETag };
    }
}
