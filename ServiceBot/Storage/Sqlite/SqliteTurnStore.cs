using System.Data.Common;
using ServiceBot.BotFramework.Deduplication;
using ServiceBot.People;
using ServiceBot.Storage.Sql;

namespace ServiceBot.Storage.Sqlite;

/// <summary>
/// <see cref="ITurnStore"/> for SQLite with group commit: a turn reads on its own connection (WAL lets readers run
/// beside the writer), keeps its writes, and hands them to <see cref="SqliteGroupCommit"/> at commit, which writes
/// them with the other turns that commit at the same moment in one transaction and one fsync. Stale ETags are found
/// when the writes run, inside the turn's savepoint. Within this process a conversation's turns already run one at a
/// time (<see cref="ConversationLocks"/>); SQLite serves one process. With <paramref name="readers"/> the reading
/// connection comes from connections kept open with their prepared statements; without, from the engine's pool.
/// </summary>
internal sealed class SqliteTurnStore(StorageDatabase database, SqliteGroupCommit groupCommit, TimeProvider time, SqliteReaderPool? readers = null) : ITurnStore
{
    public async Task<ITurnTransaction> BeginAsync(string conversationKey, CancellationToken cancellationToken)
    {
        StorageArguments.Key(conversationKey, nameof(conversationKey));
        var reader = readers is null ? await database.OpenAsync(cancellationToken) : await readers.RentAsync(cancellationToken);
        return new Transaction(reader, readers, groupCommit, time);
    }

    private sealed class Transaction(DbConnection reader, SqliteReaderPool? readers, SqliteGroupCommit groupCommit, TimeProvider time) : ITurnTransaction
    {
        private int released;

        private readonly List<StorageWrite> writes = [];

        public Task<ProcessedActivity?> FindProcessedAsync(ProcessedActivityKey key, CancellationToken cancellationToken)
        {
            SqlProcessedActivityStore.Check(key);
            return SqlProcessedActivityStore.FindAsync(reader, null, key, cancellationToken);
        }

        public Task<StoreItem?> ReadStateAsync(string key, CancellationToken cancellationToken)
        {
            StorageArguments.Key(key, nameof(key));
            return SqlStateStore.ReadAsync(reader, null, key, cancellationToken);
        }

        public Task<ServiceSession?> ReadSessionAsync(string id, CancellationToken cancellationToken)
        {
            StorageArguments.Key(id, nameof(id));
            return SqlServiceSessionStore.GetAsync(reader, null, id, cancellationToken);
        }

        public Task<bool> IsSupervisorOnlyAsync(PersonKey person, CancellationToken cancellationToken) =>
            SqlRosterStore.IsSupervisorOnlyAsync(reader, person, cancellationToken);

        public Task<string> WriteStateAsync(string key, string json, string? expectedETag, CancellationToken cancellationToken)
        {
            StorageArguments.Key(key, nameof(key));
            StorageArguments.ETag(expectedETag, nameof(expectedETag));
            var etag = ETags.New();
            var now = time.GetUtcNow();
            writes.Add((connection, transaction) => SqlStateStore.WriteAsync(connection, transaction, key, json, expectedETag, now, CancellationToken.None, etag));
            return Task.FromResult(etag);
        }

        public Task<ServiceSession?> SaveSessionAsync(ServiceSession? before, ServiceSession? after, CancellationToken cancellationToken)
        {
            if (SqlServiceSessionStore.SaveInTurn(before, after, time.GetUtcNow()) is not { } save)
            {
                return Task.FromResult(after);
            }

            writes.Add(async (connection, transaction) =>
            {
                if (await save.Statement.ExecuteAsync(connection, transaction, CancellationToken.None) != 1 && save.Conflict is { } conflict)
                {
                    throw conflict();
                }
            });
            return Task.FromResult<ServiceSession?>(save.Saved);
        }

        public Task ScheduleAsync(ScheduledMessage message, CancellationToken cancellationToken)
        {
            SqlScheduledMessageStore.CheckMessage(message);
            var now = time.GetUtcNow();
            writes.Add((connection, transaction) => SqlScheduledMessageStore.InsertAsync(connection, transaction, message, now, CancellationToken.None));
            return Task.CompletedTask;
        }

        public Task CancelScheduledAsync(string idPrefix, CancellationToken cancellationToken)
        {
            StorageArguments.Key(idPrefix, nameof(idPrefix));
            writes.Add((connection, transaction) => SqlScheduledMessageStore.CancelAsync(connection, transaction, idPrefix, CancellationToken.None));
            return Task.CompletedTask;
        }

        public Task RecordProcessedAsync(ProcessedActivity processed, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(processed);
            SqlProcessedActivityStore.Check(processed.Key);
            var now = time.GetUtcNow();
            writes.Add(async (connection, transaction) =>
            {
                if (!await SqlProcessedActivityStore.TryInsertAsync(connection, transaction, processed, now, CancellationToken.None))
                {
                    throw new StoreConflictException($"Activity '{processed.Key}' was processed before.");
                }
            });
            return Task.CompletedTask;
        }

        public Task EnqueueAsync(IReadOnlyList<OutboxMessage> messages, DateTimeOffset heldUntil, CancellationToken cancellationToken)
        {
            SqlOutboxStore.CheckAll(messages);
            var now = time.GetUtcNow();
            writes.Add((connection, transaction) => SqlOutboxStore.InsertAsync(connection, transaction, messages, now, heldUntil, CancellationToken.None));
            return Task.CompletedTask;
        }

        public async Task CommitAsync(CancellationToken cancellationToken)
        {
            // The reader goes back to the pool before waiting for the writer.
            await ReleaseReaderAsync();
            await groupCommit.CommitAsync([.. writes]);
        }

        public async Task RehearseAsync(CancellationToken cancellationToken)
        {
            await ReleaseReaderAsync();
            try
            {
                // The last write fails on purpose, so the group commit rolls the turn's writes back (its savepoint, or its
                // transaction when it is written alone).
                await groupCommit.CommitAsync([.. writes, (_, _) => throw new RehearsalOverException()]);
            }
            catch (RehearsalOverException)
            {
            }
        }

        public ValueTask DisposeAsync() => ReleaseReaderAsync();

        private ValueTask ReleaseReaderAsync()
        {
            if (Interlocked.Exchange(ref released, 1) != 0)
            {
                return ValueTask.CompletedTask;
            }

            return readers is null ? reader.DisposeAsync() : readers.ReturnAsync(reader);
        }

        private sealed class RehearsalOverException : Exception;
    }
}
