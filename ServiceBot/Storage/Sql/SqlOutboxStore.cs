using System.Data.Common;
using System.Text;
using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using ServiceBot.BotFramework.Schema;

namespace ServiceBot.Storage.Sql;

/// <summary>
/// <see cref="IOutboxStore"/> in <c>outbox</c>. Taking rows is one UPDATE … RETURNING in a write transaction, as for
/// scheduled messages: SQLite's single writer lets one taker in at a time; PostgreSQL skips rows another taker has
/// locked. A row is due only when no earlier row of its turn is still pending, so a turn's replies keep their order.
/// </summary>
internal sealed class SqlOutboxStore(StorageDatabase database) : IOutboxStore
{
    private const string Columns =
        "id AS Id, turn_id AS TurnId, sequence AS Sequence, conversation_id AS ConversationId, service_url AS ServiceUrl, " +
        "provenance AS Provenance, kind AS Kind, target_activity_id AS TargetActivityId, activity_json AS ActivityJson, attempts AS Attempts, " +
        "live_card_key AS LiveCardKey";

    private const string Pending = "sent_at IS NULL AND given_up_at IS NULL";

    public async Task<IReadOnlyList<OutboxMessage>> ClaimDueAsync(DateTimeOffset now, int limit, TimeSpan holdFor, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(holdFor, TimeSpan.Zero);
        var skipLocked = database.Provider == StorageProvider.Postgres ? " FOR UPDATE SKIP LOCKED" : string.Empty;
        await using var writer = await database.OpenWriterAsync(cancellationToken);
        var connection = writer.Connection;
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            $"""
            WITH picked AS MATERIALIZED (
                SELECT id FROM outbox o
                WHERE {Pending} AND next_attempt_at <= @now AND (claimed_until IS NULL OR claimed_until <= @now)
                  AND NOT EXISTS (SELECT 1 FROM outbox e WHERE e.turn_id = o.turn_id AND e.sequence < o.sequence
                                  AND e.sent_at IS NULL AND e.given_up_at IS NULL)
                ORDER BY created_at, turn_id, sequence LIMIT @limit{skipLocked})
            UPDATE outbox SET claimed_until = @claimedUntil, attempts = attempts + 1
            WHERE id IN (SELECT id FROM picked)
            RETURNING {Columns}
            """,
            new { now = UnixTime.ToMilliseconds(now), claimedUntil = UnixTime.ToMilliseconds(now + holdFor), limit },
            transaction,
            cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return [.. rows.Select(row => row.ToMessage()).OrderBy(m => m.TurnId, StringComparer.Ordinal).ThenBy(m => m.Sequence)];
    }

    public Task MarkSentAsync(IReadOnlyCollection<OutboxSentMark> marks, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(marks);
        if (marks.Count == 0)
        {
            return Task.CompletedTask;
        }

        // A sent row is deleted: nothing reads it (a pending row is one that exists, unsent and not given up; a row's id
        // is new with each turn that writes it, so no insert needs the old row to stay out). Marked instead, every mark
        // rewrote the whole row with its 2–7 KB activity, and SQLite kept every reply ever sent until the retention
        // purge (~30 KB per conversation). Deleted, its pages go back to SQLite's free list and the next rows reuse them.
        if (database.Provider == StorageProvider.Postgres)
        {
            // One statement for the whole batch (one round trip, atomic without a transaction of its own).
            var delete = DeleteSentStatement(marks);
            return database.WriteAsync((connection, transaction) => delete.ExecuteAsync(connection, transaction, CancellationToken.None), cancellationToken);
        }

        // One statement run once per row (Dapper reuses the command, so it is prepared once), in one transaction.
        var rows = marks.Select(mark => new { id = mark.Id }).ToArray();
        return database.WriteInTransactionAsync(
            (connection, transaction) => connection.ExecuteAsync(new CommandDefinition("DELETE FROM outbox WHERE id = @id", rows, transaction)),
            cancellationToken);
    }

    /// <summary>PostgreSQL's mark of sent rows: their deletion, in one statement (alone, or in a turn's commit).</summary>
    internal static SqlStatement DeleteSentStatement(IEnumerable<OutboxSentMark> marks) =>
        new("DELETE FROM outbox WHERE id = ANY(@ids)", new { ids = marks.Select(mark => mark.Id).ToArray() });

    public Task RetryLaterAsync(string id, DateTimeOffset nextAttemptAt, CancellationToken cancellationToken) =>
        ExecuteAsync(
            $"UPDATE outbox SET next_attempt_at = @at, claimed_until = NULL WHERE id = @id AND {Pending}",
            new { id, at = UnixTime.ToMilliseconds(nextAttemptAt) },
            cancellationToken);

    public Task ReleaseAsync(IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var list = ids.ToArray();
        return list.Length == 0
            ? Task.CompletedTask
            : ExecuteAsync($"UPDATE outbox SET claimed_until = NULL WHERE id IN @ids AND {Pending}", new { ids = list }, cancellationToken);
    }

    public Task GiveUpAsync(string id, DateTimeOffset at, CancellationToken cancellationToken) =>
        ExecuteAsync("UPDATE outbox SET given_up_at = @at, claimed_until = NULL WHERE id = @id", new { id, at = UnixTime.ToMilliseconds(at) }, cancellationToken);

    public async Task<IReadOnlyList<OutboxMessage>> ListPendingAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM outbox WHERE {Pending} ORDER BY created_at, turn_id, sequence", cancellationToken: cancellationToken));
        return [.. rows.Select(row => row.ToMessage())];
    }

    public async Task<int> PurgeBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var at = UnixTime.ToMilliseconds(cutoff);
        if (database.Provider == StorageProvider.Postgres)
        {
            // A row is sent or given up after it is created: created_at changes nothing in what is purged and lets
            // PostgreSQL find the rows by its BRIN index (migration 0064).
            await using var writer = await database.OpenWriterAsync(cancellationToken);
            return await writer.Connection.ExecuteAsync(new CommandDefinition(
                "DELETE FROM outbox WHERE created_at < @cutoff AND (sent_at < @cutoff OR given_up_at < @cutoff)",
                new { cutoff = at },
                cancellationToken: cancellationToken));
        }

        // The pending index (sent_at, given_up_at, …) finds the rows without reading their activities. Only rows marked
        // before sent rows were deleted (and given-up rows) are left to find.
        return await SqliteBatchedPurge.RunAsync(database, SqlitePurgeBatchSql, at, cancellationToken);
    }

    /// <summary>Rows a SQLite purge deletes per write.</summary>
    internal const int PurgeBatchSize = SqliteBatchedPurge.BatchSize;

    private const string SqlitePurgeBatchSql = """
        DELETE FROM outbox WHERE rowid IN (
            SELECT rowid FROM outbox WHERE sent_at < @cutoff
            UNION ALL
            SELECT rowid FROM outbox WHERE sent_at IS NULL AND given_up_at < @cutoff
            LIMIT @limit)
        """;

    /// <summary>Checks the rows of a turn before any SQL runs.</summary>
    internal static void CheckAll(IReadOnlyList<OutboxMessage> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        foreach (var message in messages)
        {
            Check(message);
        }
    }

    /// <summary>Checks a row before any SQL runs.</summary>
    internal static void Check(OutboxMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(message.Activity, "message.Activity");
        StorageArguments.Key(message.Id, "message.Id");
        StorageArguments.Key(message.TurnId, "message.TurnId");
        StorageArguments.Key(message.ConversationId, "message.ConversationId");
        StorageArguments.Key(message.ServiceUrl, "message.ServiceUrl");
        if (message.Kind == OutboxKind.Update)
        {
            StorageArguments.Key(message.TargetActivityId, "message.TargetActivityId");
        }
    }

    /// <summary>
    /// Inserts checked rows on <paramref name="connection"/>, held by the inserting instance until
    /// <paramref name="heldUntil"/> (it sends them at once) and counted as its first attempt.
    /// </summary>
    internal static async Task InsertAsync(
        DbConnection connection, DbTransaction? transaction, IEnumerable<OutboxMessage> messages, DateTimeOffset now, DateTimeOffset heldUntil, CancellationToken cancellationToken)
    {
        foreach (var message in messages)
        {
            var insert = connection is SqliteConnection ? SqliteInsertStatement(message, now, heldUntil) : InsertStatement(message, now, heldUntil);
            await insert.ExecuteAsync(connection, transaction, cancellationToken);
        }
    }

    /// <summary>The insert of one checked row (none when a row with its id exists), as <see cref="InsertAsync"/> writes it.</summary>
    internal static SqlStatement InsertStatement(OutboxMessage message, DateTimeOffset now, DateTimeOffset heldUntil) =>
        new(PlainInsertSql, InsertParameters(message, now, heldUntil, Encoding.UTF8.GetString(message.ActivityJson)));

    /// <summary>
    /// The same insert on SQLite: the activity's UTF-8 JSON is bound as it is and stored as text by SQLite
    /// (<c>CAST … AS TEXT</c> reads the bytes in the database's UTF-8), instead of being turned into a .NET string that
    /// the driver turns back into UTF-8: a card is several KB, and those two copies were a large share of a turn's
    /// allocations.
    /// </summary>
    internal static SqlStatement SqliteInsertStatement(OutboxMessage message, DateTimeOffset now, DateTimeOffset heldUntil) =>
        new(SqliteInsertSql, InsertParameters(message, now, heldUntil, message.ActivityJson));

    private static readonly string PlainInsertSql = InsertSql("@json");

    private static readonly string SqliteInsertSql = InsertSql("CAST(@json AS TEXT)");

    private static string InsertSql(string json) => $"""
        INSERT INTO outbox (id, turn_id, sequence, conversation_id, service_url, provenance, kind, target_activity_id,
            activity_json, live_card_key, attempts, next_attempt_at, claimed_until, created_at)
        VALUES (@id, @turnId, @sequence, @conversationId, @serviceUrl, @provenance, @kind, @target, {json}, @liveCardKey, 1, @now, @held, @now)
        ON CONFLICT (id) DO NOTHING
        """;

    private static object InsertParameters<TJson>(OutboxMessage message, DateTimeOffset now, DateTimeOffset heldUntil, TJson json) => new
    {
        id = message.Id,
        turnId = message.TurnId,
        sequence = (long)message.Sequence,
        conversationId = message.ConversationId,
        serviceUrl = message.ServiceUrl,
        provenance = SqlConversationReferenceStore.ProvenanceText(message.Provenance),
        kind = message.Kind == OutboxKind.Update ? "update" : "send",
        target = message.TargetActivityId,
        json,
        liveCardKey = message.LiveCardKey,
        now = UnixTime.ToMilliseconds(now),
        held = UnixTime.ToMilliseconds(heldUntil),
    };

    private Task ExecuteAsync(string sql, object parameters, CancellationToken cancellationToken) =>
        database.WriteAsync((connection, transaction) => connection.ExecuteAsync(new CommandDefinition(sql, parameters, transaction)), cancellationToken);

    private sealed record Row(
        string Id, string TurnId, long Sequence, string ConversationId, string ServiceUrl, string Provenance, string Kind,
        string? TargetActivityId, string ActivityJson, long Attempts, string? LiveCardKey)
    {
        public OutboxMessage ToMessage() => new(
            Id,
            TurnId,
            (int)Sequence,
            ConversationId,
            ServiceUrl,
            SqlConversationReferenceStore.ParseProvenance(Provenance),
            Kind == "update" ? OutboxKind.Update : OutboxKind.Send,
            TargetActivityId,
            JsonSerializer.Deserialize<Activity>(ActivityJson, ProtocolJson.Options)!)
        {
            Attempts = (int)Attempts,
            LiveCardKey = LiveCardKey,
            ActivityJson = Encoding.UTF8.GetBytes(ActivityJson),
        };
    }
}
