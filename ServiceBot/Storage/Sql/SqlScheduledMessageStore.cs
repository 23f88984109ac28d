using System.Data.Common;
using System.Text.Json;
using Dapper;
using ServiceBot.BotFramework.Schema;

namespace ServiceBot.Storage.Sql;

/// <summary>
/// <see cref="IScheduledMessageStore"/> in <c>scheduled_messages</c>. A claim is one UPDATE … RETURNING in a write
/// transaction: SQLite's BEGIN IMMEDIATE lets one writer at a time in; PostgreSQL locks the picked rows with
/// FOR UPDATE SKIP LOCKED, so concurrent claimers take different rows instead of waiting. The rows are picked in a
/// MATERIALIZED CTE: as an IN (subquery) PostgreSQL may rescan it and claim more than the limit.
/// </summary>
internal sealed class SqlScheduledMessageStore(StorageDatabase database, TimeProvider time) : IScheduledMessageStore
{
    private const string Columns =
        "id AS Id, conversation_id AS ConversationId, user_id AS UserId, due_at AS DueAt, activity_json AS ActivityJson, attempts AS Attempts";

    private const string Claimable = "sent_at IS NULL AND due_at <= @now AND (claimed_until IS NULL OR claimed_until <= @now)";

    // A literal prefix test: no LIKE, so '%', '_' and '\' in ids need no escaping and case matters on both engines.
    private const string HasPrefix = "substr(id, 1, length(@idPrefix)) = @idPrefix";

    public async Task<bool> ScheduleAsync(ScheduledMessage message, CancellationToken cancellationToken = default)
    {
        CheckMessage(message);
        await using var writer = await database.OpenWriterAsync(cancellationToken);
        return await InsertAsync(writer.Connection, null, message, time.GetUtcNow(), cancellationToken);
    }

    /// <summary>Checks a message before any SQL runs.</summary>
    internal static void CheckMessage(ScheduledMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(message.Activity, "message.Activity");
        StorageArguments.Key(message.Id, "message.Id");
        StorageArguments.Key(message.ConversationId, "message.ConversationId");
        StorageArguments.Key(message.UserId, "message.UserId");
    }

    /// <summary>Inserts a checked message on <paramref name="connection"/>; false when one with its id exists.</summary>
    internal static async Task<bool> InsertAsync(
        DbConnection connection, DbTransaction? transaction, ScheduledMessage message, DateTimeOffset now, CancellationToken cancellationToken) =>
        await InsertStatement(message, now).ExecuteAsync(connection, transaction, cancellationToken) == 1;

    /// <summary>The insert of a checked message: one row, or none when one with its id exists.</summary>
    internal static SqlStatement InsertStatement(ScheduledMessage message, DateTimeOffset now) => new(
        """
        INSERT INTO scheduled_messages (id, conversation_id, user_id, due_at, activity_json, attempts, created_at)
        VALUES (@id, @conversationId, @userId, @dueAt, @json, 0, @now)
        ON CONFLICT (id) DO NOTHING
        """,
        new
        {
            id = message.Id,
            conversationId = message.ConversationId,
            userId = message.UserId,
            dueAt = UnixTime.ToMilliseconds(message.DueAt),
            json = JsonSerializer.Serialize(message.Activity, ProtocolJson.Options),
            now = UnixTime.ToMilliseconds(now),
        });

    /// <summary>Deletes the unsent messages whose id starts with <paramref name="idPrefix"/>, on <paramref name="connection"/>.</summary>
    internal static Task<int> CancelAsync(DbConnection connection, DbTransaction? transaction, string idPrefix, CancellationToken cancellationToken) =>
        CancelStatement(idPrefix).ExecuteAsync(connection, transaction, cancellationToken);

    internal static SqlStatement CancelStatement(string idPrefix) =>
        new($"DELETE FROM scheduled_messages WHERE sent_at IS NULL AND {HasPrefix}", new { idPrefix });

    public async Task<IReadOnlyList<ScheduledMessage>> ClaimDueAsync(
        DateTimeOffset now, int limit, TimeSpan claimFor, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(claimFor, TimeSpan.Zero);
        var skipLocked = database.Provider == StorageProvider.Postgres ? " FOR UPDATE SKIP LOCKED" : string.Empty;
        var parameters = new
        {
            now = UnixTime.ToMilliseconds(now),
            claimedUntil = UnixTime.ToMilliseconds(now + claimFor),
            limit,
        };

        await using var writer = await database.OpenWriterAsync(cancellationToken);
        var connection = writer.Connection;
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            $"""
            WITH picked AS MATERIALIZED (
                SELECT id FROM scheduled_messages WHERE {Claimable} ORDER BY due_at, id LIMIT @limit{skipLocked})
            UPDATE scheduled_messages SET claimed_until = @claimedUntil, attempts = attempts + 1
            WHERE id IN (SELECT id FROM picked)
            RETURNING {Columns}
            """,
            parameters,
            transaction,
            cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return rows.Select(row => row.ToMessage()).OrderBy(message => message.DueAt).ThenBy(message => message.Id, StringComparer.Ordinal).ToList();
    }

    public async Task MarkSentAsync(string id, DateTimeOffset sentAt, CancellationToken cancellationToken = default)
    {
        StorageArguments.Key(id, nameof(id));
        await using var writer = await database.OpenWriterAsync(cancellationToken);
        await writer.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE scheduled_messages SET sent_at = @sentAt, claimed_until = NULL WHERE id = @id",
            new { id, sentAt = UnixTime.ToMilliseconds(sentAt) },
            cancellationToken: cancellationToken));
    }

    public async Task<int> CancelAsync(string idPrefix, CancellationToken cancellationToken = default)
    {
        StorageArguments.Key(idPrefix, nameof(idPrefix));
        await using var writer = await database.OpenWriterAsync(cancellationToken);
        return await CancelAsync(writer.Connection, null, idPrefix, cancellationToken);
    }

    public async Task<IReadOnlyList<ScheduledMessage>> ListPendingAsync(string idPrefix, CancellationToken cancellationToken = default)
    {
        StorageArguments.Key(idPrefix, nameof(idPrefix));
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM scheduled_messages WHERE sent_at IS NULL AND {HasPrefix} ORDER BY due_at, id",
            new { idPrefix },
            cancellationToken: cancellationToken));
        return rows.Select(row => row.ToMessage()).ToList();
    }

    public async Task<int> PurgeBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default)
    {
        await using var writer = await database.OpenWriterAsync(cancellationToken);
        return await writer.Connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM scheduled_messages WHERE sent_at < @cutoff OR (sent_at IS NULL AND due_at < @cutoff)",
            new { cutoff = UnixTime.ToMilliseconds(cutoff) },
            cancellationToken: cancellationToken));
    }

    private sealed record Row(string Id, string ConversationId, string UserId, long DueAt, string ActivityJson, long Attempts)
    {
        public ScheduledMessage ToMessage() => new(
            Id,
            ConversationId,
            UserId,
            UnixTime.FromMilliseconds(DueAt),
            JsonSerializer.Deserialize<Activity>(ActivityJson, ProtocolJson.Options)!)
        {
            Attempts = (int)Attempts,
        };
    }
}
