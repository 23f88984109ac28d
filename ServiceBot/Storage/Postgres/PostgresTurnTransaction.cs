using System.Collections.Concurrent;
using Npgsql;
using ServiceBot.BotFramework.Deduplication;
using ServiceBot.People;
using ServiceBot.Storage.Sql;

namespace ServiceBot.Storage.Postgres;

/// <summary>
/// One turn on one PostgreSQL connection, in as few round trips as its reads allow. BEGIN and the conversation's lock
/// go with the first reads; the reads named when the turn began (<see cref="TurnReads"/>) are answered from that round
/// trip, any other read costs one more. The writes are kept, as SQLite's group commit keeps them, and sent with COMMIT
/// in one batch: a write that must change one row is checked in the database, an update under its ETag by
/// <c>servicebot_expect_one</c> (migration 0090), a record that must be new by its primary key (a plain INSERT); either
/// error stops the batch before COMMIT, and comes back as the write's <see cref="StoreConflictException"/>. Like SQLite's turn, a read does not see this turn's own writes.
/// The commit's batch also deletes the outbox rows whose sent marks are waiting (<paramref name="sentMarks"/>): they are
/// written by the turn's transaction instead of one of their own, and wait again if it does not commit.
/// </summary>
internal sealed class PostgresTurnTransaction(NpgsqlConnection connection, SqlStatement conversationLock, TimeProvider time, IWaitingSentMarks? sentMarks = null) : ITurnTransaction
{
    /// <summary>The SQLSTATE <c>servicebot_expect_one</c> raises.</summary>
    private const string ExpectedOneRow = "SB409";

    /// <summary>The session named in a state item's JSON (<see cref="SessionInState"/>): the columns json and etag.</summary>
    private const string SessionInStateSql = """
        SELECT json AS Json, etag AS ETag FROM service_sessions
        WHERE id = (SELECT json::json ->> @property FROM state_items WHERE item_key = @key)
        """;

    /// <summary>Each checked write's text inside <c>servicebot_expect_one</c>, built once per statement text.</summary>
    private static readonly ConcurrentDictionary<string, string> ExpectingOne = new(StringComparer.Ordinal);

    private readonly Dictionary<string, StoreItem?> states = new(StringComparer.Ordinal);
    private readonly List<Write> writes = [];
    private ProcessedActivityKey? processedKey;
    private ProcessedActivity? processed;
    private ServiceSession? session;
    private (PersonKey Person, bool Answer)? supervisorOnly;
    private bool begun;
    private bool ended;

    /// <summary>Begins the transaction under the lock and reads <paramref name="reads"/>, in one round trip.</summary>
    public async Task PrefetchAsync(TurnReads reads, CancellationToken cancellationToken)
    {
        if (reads.Processed is null && reads.StateKeys.Count == 0 && reads.Session is null && reads.SupervisorOnly is null)
        {
            // Nothing to read yet: BEGIN and the lock go with the first read, or with the writes.
            return;
        }

        if (reads.Processed is { } key)
        {
            SqlProcessedActivityStore.Check(key);
        }

        var stateKeys = reads.StateKeys.Distinct(StringComparer.Ordinal).ToArray();
        foreach (var stateKey in stateKeys)
        {
            StorageArguments.Key(stateKey, nameof(reads));
        }

        if (reads.Session is { } named)
        {
            StorageArguments.Key(named.StateKey, nameof(reads));
        }

        var batch = Batch();
        batch.BatchCommands.Add(TurnReadsStatement.Command(reads.Processed, stateKeys, reads.Session, reads.SupervisorOnly));
        await ReadAsync(batch, [reader => ReadPrefetched(reader, reads, stateKeys)], cancellationToken);
    }

    /// <summary>Keeps what <see cref="TurnReadsStatement"/> answered: a read without a row found nothing.</summary>
    private void ReadPrefetched(NpgsqlDataReader reader, TurnReads reads, string[] stateKeys)
    {
        if (reads.Processed is { } key)
        {
            processedKey = key;
            processed = null;
        }

        foreach (var stateKey in stateKeys)
        {
            states[stateKey] = null;
        }

        if (reads.SupervisorOnly is { } person)
        {
            supervisorOnly = (person, false);
        }

        while (reader.Read())
        {
            var row = TurnReadsStatement.Row(reader);
            switch (row.Part)
            {
                case TurnReadsStatement.Processed:
                    processed = SqlProcessedActivityStore.FromColumns(processedKey!, row.Number, row.Text);
                    break;
                case TurnReadsStatement.State:
                    states[row.Key!] = new StoreItem(row.Key!, row.Text!, row.ETag!);
                    break;
                case TurnReadsStatement.Session:
                    session = SqlServiceSessionStore.FromColumns(row.Text!, row.ETag!);
                    break;
                default:
                    supervisorOnly = (reads.SupervisorOnly!.Value, row.Number == 1);
                    break;
            }
        }
    }

    /// <summary>The statement that reads the session a state item names (<see cref="SessionInState"/>).</summary>
    internal static SqlStatement SessionInState(SessionInState named) =>
        new(SessionInStateSql, new { key = named.StateKey, property = named.Property });

    public async Task<ProcessedActivity?> FindProcessedAsync(ProcessedActivityKey key, CancellationToken cancellationToken)
    {
        SqlProcessedActivityStore.Check(key);
        if (key == processedKey)
        {
            return processed;
        }

        ProcessedActivity? found = null;
        await ReadOneAsync(
            SqlProcessedActivityStore.FindStatement(key),
            reader => found = reader.Read() ? SqlProcessedActivityStore.FromColumns(key, NullableInt64(reader, 0), NullableString(reader, 1)) : null,
            cancellationToken);
        return found;
    }

    public async Task<StoreItem?> ReadStateAsync(string key, CancellationToken cancellationToken)
    {
        StorageArguments.Key(key, nameof(key));
        if (states.TryGetValue(key, out var known))
        {
            return known;
        }

        await ReadOneAsync(SqlStateStore.ReadStatement(key), reader => states[key] = ReadItem(reader), cancellationToken);
        return states[key];
    }

    public async Task<ServiceSession?> ReadSessionAsync(string id, CancellationToken cancellationToken)
    {
        StorageArguments.Key(id, nameof(id));
        if (session?.Id == id)
        {
            return session;
        }

        ServiceSession? found = null;
        await ReadOneAsync(SqlServiceSessionStore.ReadStatement(id), reader => found = ReadSession(reader), cancellationToken);
        return found;
    }

    public async Task<bool> IsSupervisorOnlyAsync(PersonKey person, CancellationToken cancellationToken)
    {
        if (supervisorOnly is { } known && known.Person == person)
        {
            return known.Answer;
        }

        var answer = false;
        await ReadOneAsync(SqlRosterStore.SupervisorOnlyStatement(person), reader => answer = ReadSupervisorOnly(reader), cancellationToken);
        return answer;
    }

    public Task<string> WriteStateAsync(string key, string json, string? expectedETag, CancellationToken cancellationToken)
    {
        StorageArguments.Key(key, nameof(key));
        StorageArguments.ETag(expectedETag, nameof(expectedETag));
        var etag = ETags.New();
        var now = time.GetUtcNow();
        writes.Add(expectedETag is null
            ? Write.NewRow(SqlStateStore.CreateStatement(key, json, now, etag), () => StoreConflictException.For("State", key, expectedETag))
            : new Write(SqlStateStore.WriteStatement(key, json, expectedETag, now, etag), () => StoreConflictException.For("State", key, expectedETag)));
        return Task.FromResult(etag);
    }

    public Task<ServiceSession?> SaveSessionAsync(ServiceSession? before, ServiceSession? after, CancellationToken cancellationToken)
    {
        if (SqlServiceSessionStore.SaveInTurn(before, after, time.GetUtcNow()) is not { } save)
        {
            return Task.FromResult(after);
        }

        writes.Add(new Write(save.Statement, save.Conflict));
        return Task.FromResult<ServiceSession?>(save.Saved);
    }

    public Task ScheduleAsync(ScheduledMessage message, CancellationToken cancellationToken)
    {
        SqlScheduledMessageStore.CheckMessage(message);
        writes.Add(new Write(SqlScheduledMessageStore.InsertStatement(message, time.GetUtcNow()), null));
        return Task.CompletedTask;
    }

    public Task CancelScheduledAsync(string idPrefix, CancellationToken cancellationToken)
    {
        StorageArguments.Key(idPrefix, nameof(idPrefix));
        writes.Add(new Write(SqlScheduledMessageStore.CancelStatement(idPrefix), null));
        return Task.CompletedTask;
    }

    public Task RecordProcessedAsync(ProcessedActivity processed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(processed);
        SqlProcessedActivityStore.Check(processed.Key);
        writes.Add(Write.NewRow(
            SqlProcessedActivityStore.NewRecordStatement(processed, time.GetUtcNow()),
            () => new StoreConflictException($"Activity '{processed.Key}' was processed before.")));
        return Task.CompletedTask;
    }

    public Task EnqueueAsync(IReadOnlyList<OutboxMessage> messages, DateTimeOffset heldUntil, CancellationToken cancellationToken)
    {
        SqlOutboxStore.CheckAll(messages);
        var now = time.GetUtcNow();
        writes.AddRange(messages.Select(message => new Write(SqlOutboxStore.InsertStatement(message, now, heldUntil), null)));
        return Task.CompletedTask;
    }

    public Task CommitAsync(CancellationToken cancellationToken) => EndAsync("COMMIT", cancellationToken);

    // The writes run as a commit would run them, and the batch ends with ROLLBACK instead.
    public Task RehearseAsync(CancellationToken cancellationToken) => EndAsync("ROLLBACK", cancellationToken);

    private async Task EndAsync(string end, CancellationToken cancellationToken)
    {
        await using var batch = Batch();
        var conflicts = new Dictionary<NpgsqlBatchCommand, Func<StoreConflictException>>();
        foreach (var write in writes)
        {
            var command = write.Conflict is null || write.FailsWhenTaken
                ? PostgresStatements.ToBatchCommand(write.Statement)
                : PostgresStatements.ToBatchCommand(
                    ExpectingOne.GetOrAdd(write.Statement.Sql, static sql => $"WITH changed AS ({sql} RETURNING 1) SELECT servicebot_expect_one(count(*)) FROM changed"),
                    write.Statement.Parameters);
            batch.BatchCommands.Add(command);
            if (write.Conflict is not null)
            {
                conflicts[command] = write.Conflict;
            }
        }

        var marks = end == "COMMIT" && sentMarks is not null ? sentMarks.Take() : [];
        if (marks.Count > 0)
        {
            batch.BatchCommands.Add(PostgresStatements.ToBatchCommand(SqlOutboxStore.DeleteSentStatement(marks)));
        }

        batch.BatchCommands.Add(new NpgsqlBatchCommand(end));
        var committed = false;
        try
        {
            await batch.ExecuteNonQueryAsync(cancellationToken);
            committed = true;
        }
        catch (PostgresException ex) when (ex.SqlState == ExpectedOneRow || (ex.SqlState == PostgresErrorCodes.UniqueViolation && (ex.BatchCommand is null || conflicts.ContainsKey(ex.BatchCommand))))
        {
            // The failed write is named when the data source includes it (PostgresDatabase asks for that).
            throw ex.BatchCommand is { } failed && conflicts.TryGetValue(failed, out var conflict)
                ? conflict()
                : new StoreConflictException($"A write of the turn changed no row (stale ETag or existing record): {ex.MessageText}");
        }
        finally
        {
            if (marks.Count > 0)
            {
                if (committed)
                {
                    sentMarks!.Written(marks);
                }
                else
                {
                    sentMarks!.NotWritten(marks);
                }
            }
        }

        ended = true;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (begun && !ended && connection.FullState == System.Data.ConnectionState.Open)
            {
                await using var rollback = new NpgsqlCommand("ROLLBACK", connection);
                await rollback.ExecuteNonQueryAsync();
            }
        }
        finally
        {
            await connection.DisposeAsync();
        }
    }

    /// <summary>A batch on this connection that begins the transaction and takes the lock first, when that is not done yet.</summary>
    private NpgsqlBatch Batch()
    {
        var batch = new NpgsqlBatch(connection);
        if (!begun)
        {
            batch.BatchCommands.Add(new NpgsqlBatchCommand("BEGIN"));
            batch.BatchCommands.Add(PostgresStatements.ToBatchCommand(conversationLock));
            begun = true;
        }

        return batch;
    }

    private Task ReadOneAsync(SqlStatement statement, Action<NpgsqlDataReader> read, CancellationToken cancellationToken)
    {
        var batch = Batch();
        batch.BatchCommands.Add(PostgresStatements.ToBatchCommand(statement));
        return ReadAsync(batch, [read], cancellationToken);
    }

    /// <summary>Runs <paramref name="batch"/> and hands each read's rows to its reader, in order, after the lock's.</summary>
    private static async Task ReadAsync(NpgsqlBatch batch, List<Action<NpgsqlDataReader>> readers, CancellationToken cancellationToken)
    {
        await using (batch)
        {
            var withLock = batch.BatchCommands.Count > readers.Count;
            await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
            if (withLock)
            {
                // The lock's one row (BEGIN returns none, so the reader starts here).
                await reader.NextResultAsync(cancellationToken);
            }

            foreach (var read in readers)
            {
                read(reader);
                await reader.NextResultAsync(cancellationToken);
            }
        }
    }

    private static StoreItem? ReadItem(NpgsqlDataReader reader) =>
        reader.Read() ? StateItemsIn.Item(reader) : null;

    private static ServiceSession? ReadSession(NpgsqlDataReader reader) =>
        reader.Read() ? SqlServiceSessionStore.FromColumns(reader.GetString(0), reader.GetString(1)) : null;

    private static bool ReadSupervisorOnly(NpgsqlDataReader reader) => reader.Read() && reader.GetInt32(0) == 1;

    private static long? NullableInt64(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetInt64(ordinal);

    private static string? NullableString(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    /// <summary>
    /// A kept write; <see cref="Conflict"/> when it must change exactly one row. An update is checked by
    /// <c>servicebot_expect_one</c>; an insert of a row that must be new (<see cref="FailsWhenTaken"/>) is a plain
    /// INSERT, which a unique violation stops by itself (no <c>ON CONFLICT</c>, no count to check).
    /// </summary>
    private sealed record Write(SqlStatement Statement, Func<StoreConflictException>? Conflict, bool FailsWhenTaken = false)
    {
        public static Write NewRow(SqlStatement insert, Func<StoreConflictException> conflict) => new(insert, conflict, FailsWhenTaken: true);
    }
}
