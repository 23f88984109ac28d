using System.Data.Common;
using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using ServiceBot.BotFramework.Deduplication;
using ServiceBot.BotFramework.Schema;

namespace ServiceBot.Storage.Sql;

/// <summary>
/// <see cref="IProcessedActivityStore"/> in <c>processed_activities</c>: one row per channel, conversation and activity
/// id, with an invoke's answer (status, and its body as JSON). A turn's transaction records its row with the same
/// statements (<see cref="FindAsync(DbConnection, DbTransaction?, ProcessedActivityKey, CancellationToken)"/>,
/// <see cref="TryInsertAsync"/>).
/// </summary>
internal sealed class SqlProcessedActivityStore(StorageDatabase database, TimeProvider time) : IProcessedActivityStore
{
    public async Task<ProcessedActivity?> FindAsync(ProcessedActivityKey key, CancellationToken cancellationToken)
    {
        Check(key);
        await using var connection = await database.OpenAsync(cancellationToken);
        return await FindAsync(connection, null, key, cancellationToken);
    }

    public async Task<bool> TryRecordAsync(ProcessedActivity processed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(processed);
        Check(processed.Key);
        var now = time.GetUtcNow();
        var recorded = false;
        await database.WriteAsync(
            async (connection, transaction) => recorded = await TryInsertAsync(connection, transaction, processed, now, CancellationToken.None),
            cancellationToken);
        return recorded;
    }

    /// <summary>Retention: deletes the records of activities processed before <paramref name="cutoff"/>; returns how many.</summary>
    public async Task<int> PurgeBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var at = UnixTime.ToMilliseconds(cutoff);
        if (database.Provider == StorageProvider.Postgres)
        {
            await using var writer = await database.OpenWriterAsync(cancellationToken);
            return await writer.Connection.ExecuteAsync(new CommandDefinition(
                "DELETE FROM processed_activities WHERE processed_at < @cutoff",
                new { cutoff = at },
                cancellationToken: cancellationToken));
        }

        // An hour of a busy bot's records in one DELETE held SQLite's single writer; the processed_at index finds each batch.
        return await SqliteBatchedPurge.RunAsync(database, SqlitePurgeBatchSql, at, cancellationToken);
    }

    /// <summary>Records a SQLite purge deletes per write (as the outbox's purge).</summary>
    internal const int PurgeBatchSize = SqliteBatchedPurge.BatchSize;

    private const string SqlitePurgeBatchSql = """
        DELETE FROM processed_activities WHERE rowid IN (
            SELECT rowid FROM processed_activities WHERE processed_at < @cutoff LIMIT @limit)
        """;

    internal static void Check(ProcessedActivityKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(key.ChannelId, "key.ChannelId");
        StorageArguments.Key(key.ConversationId, "key.ConversationId");
        StorageArguments.Key(key.ActivityId, "key.ActivityId");
    }

    internal static async Task<ProcessedActivity?> FindAsync(
        DbConnection connection, DbTransaction? transaction, ProcessedActivityKey key, CancellationToken cancellationToken)
    {
        var row = await FindStatement(key).QuerySingleOrDefaultAsync<Row>(connection, transaction, cancellationToken);
        return row is null ? null : new ProcessedActivity(key, row.ToResponse());
    }

    /// <summary>Finds the record: the columns invoke_status and invoke_body, in that order (<see cref="FromColumns"/>).</summary>
    internal static SqlStatement FindStatement(ProcessedActivityKey key) => new(
        """
        SELECT invoke_status AS InvokeStatus, invoke_body AS InvokeBody FROM processed_activities
        WHERE channel_id = @ChannelId AND conversation_id = @ConversationId AND activity_id = @ActivityId
        """,
        key);

    internal static ProcessedActivity FromColumns(ProcessedActivityKey key, long? invokeStatus, string? invokeBody) =>
        new(key, new Row(invokeStatus, invokeBody).ToResponse());

    /// <summary>Inserts the record; false when the activity was recorded before (the first record stays).</summary>
    internal static async Task<bool> TryInsertAsync(
        DbConnection connection, DbTransaction? transaction, ProcessedActivity processed, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var insert = connection is SqliteConnection ? SqliteInsertStatement(processed, now) : InsertStatement(processed, now);
        return await insert.ExecuteAsync(connection, transaction, cancellationToken) == 1;
    }

    /// <summary>The insert of <see cref="TryInsertAsync"/>: one row, or none when the activity was recorded before.</summary>
    internal static SqlStatement InsertStatement(ProcessedActivity processed, DateTimeOffset now) =>
        new(PlainInsertSql, InsertParameters(processed, now, BodyText(processed)));

    /// <summary>
    /// The same insert on SQLite: an invoke's answer (a card, several KB) is bound as UTF-8 JSON and stored as text by
    /// SQLite (<c>CAST … AS TEXT</c>), without a .NET string in between (as the outbox's insert).
    /// </summary>
    internal static SqlStatement SqliteInsertStatement(ProcessedActivity processed, DateTimeOffset now) =>
        new(SqliteInsertSql, InsertParameters(processed, now, processed.Response?.Body is { } body ? JsonSerializer.SerializeToUtf8Bytes(body, body.GetType(), ProtocolJson.Options) : null));

    /// <summary>
    /// The same insert without <c>ON CONFLICT</c>, for PostgreSQL's turn: a record that exists fails it with a unique
    /// violation, which stops the turn's batch before its COMMIT as a conflict, instead of inserting nothing and having
    /// the row count checked in the database.
    /// </summary>
    internal static SqlStatement NewRecordStatement(ProcessedActivity processed, DateTimeOffset now) =>
        new(NewRecordSql, InsertParameters(processed, now, BodyText(processed)));

    private static string? BodyText(ProcessedActivity processed) =>
        processed.Response?.Body is { } body ? JsonSerializer.Serialize(body, body.GetType(), ProtocolJson.Options) : null;

    private const string OnConflictDoNothing = "\nON CONFLICT (channel_id, conversation_id, activity_id) DO NOTHING";

    private static readonly string PlainInsertSql = InsertSql("@body") + OnConflictDoNothing;

    private static readonly string SqliteInsertSql = InsertSql("CAST(@body AS TEXT)") + OnConflictDoNothing;

    private static readonly string NewRecordSql = InsertSql("@body");

    private static string InsertSql(string body) => $"""
        INSERT INTO processed_activities (channel_id, conversation_id, activity_id, invoke_status, invoke_body, processed_at)
        VALUES (@channelId, @conversationId, @activityId, @status, {body}, @now)
        """;

    private static object InsertParameters<TBody>(ProcessedActivity processed, DateTimeOffset now, TBody? body) where TBody : class => new
    {
        channelId = processed.Key.ChannelId,
        conversationId = processed.Key.ConversationId,
        activityId = processed.Key.ActivityId,
        status = (long?)processed.Response?.Status,
        body,
        now = UnixTime.ToMilliseconds(now),
    };

    private sealed record Row(long? InvokeStatus, string? InvokeBody)
    {
        public InvokeResponse? ToResponse() => InvokeStatus is { } status
            ? new InvokeResponse((int)status, InvokeBody is null ? null : JsonSerializer.Deserialize<JsonElement>(InvokeBody, ProtocolJson.Options))
            : null;
    }
}
