using System.Data.Common;
using Dapper;
using ServiceBot.BotFramework.Deduplication;

namespace ServiceBot.Storage.Sql;

/// <summary>
/// <see cref="ITurnStore"/> over the stores' own statements, run on one connection inside one transaction. SQLite:
/// the process's single writer, then BEGIN IMMEDIATE (the write lock is taken at the start, so reads and writes see
/// one snapshot and never meet the busy handler from within this process). PostgreSQL: BEGIN, then
/// <see cref="StorageDatabase.ConversationLockStatement"/> on the conversation key.
/// </summary>
internal sealed class SqlTurnStore(StorageDatabase database, TimeProvider time) : ITurnStore
{
    public async Task<ITurnTransaction> BeginAsync(string conversationKey, CancellationToken cancellationToken)
    {
        StorageArguments.Key(conversationKey, nameof(conversationKey));
        var writer = await database.OpenWriterAsync(cancellationToken);
        try
        {
            var transaction = await writer.Connection.BeginTransactionAsync(cancellationToken);
            if (database.ConversationLockStatement is { } lockStatement)
            {
                await writer.Connection.ExecuteAsync(new CommandDefinition(
                    lockStatement, new { key = conversationKey }, transaction, cancellationToken: cancellationToken));
            }

            return new Transaction(writer, transaction, time);
        }
        catch
        {
            await writer.DisposeAsync();
            throw;
        }
    }

    private sealed class Transaction(WriterScope writer, DbTransaction transaction, TimeProvider time) : ITurnTransaction
    {
        private DbConnection Connection => writer.Connection;

        public Task<ProcessedActivity?> FindProcessedAsync(ProcessedActivityKey key, CancellationToken cancellationToken)
        {
            SqlProcessedActivityStore.Check(key);
            return SqlProcessedActivityStore.FindAsync(Connection, transaction, key, cancellationToken);
        }

        public Task<StoreItem?> ReadStateAsync(string key, CancellationToken cancellationToken)
        {
            StorageArguments.Key(key, nameof(key));
            return SqlStateStore.ReadAsync(Connection, transaction, key, cancellationToken);
        }

        public Task<ServiceSession?> ReadSessionAsync(string id, CancellationToken cancellationToken)
        {
            StorageArguments.Key(id, nameof(id));
            return SqlServiceSessionStore.GetAsync(Connection, transaction, id, cancellationToken);
        }

        public Task<string> WriteStateAsync(string key, string json, string? expectedETag, CancellationToken cancellationToken)
        {
            StorageArguments.Key(key, nameof(key));
            StorageArguments.ETag(expectedETag, nameof(expectedETag));
            return SqlStateStore.WriteAsync(Connection, transaction, key, json, expectedETag, time.GetUtcNow(), cancellationToken);
        }

        public async Task<ServiceSession?> SaveSessionAsync(ServiceSession? before, ServiceSession? after, CancellationToken cancellationToken)
        {
            if (after is null || Equals(before, after))
            {
                return after;
            }

            if (after.ETag is null)
            {
                var created = SqlServiceSessionStore.Parameters(after, expectedETag: null, time.GetUtcNow());
                return await SqlServiceSessionStore.TryCreateAsync(Connection, transaction, created, cancellationToken) is { } etag
                    ? after with { ETag = etag }
                    : await SqlServiceSessionStore.GetAsync(Connection, transaction, after.Id, cancellationToken)
                        ?? throw StoreConflictException.For("Service session", after.Id, null);
            }

            var updated = SqlServiceSessionStore.Parameters(after, after.ETag, time.GetUtcNow());
            return await SqlServiceSessionStore.UpdateAsync(Connection, transaction, updated, cancellationToken)
                ? after with { ETag = updated.etag }
                : throw StoreConflictException.For("Service session", after.Id, after.ETag);
        }

        public async Task ScheduleAsync(ScheduledMessage message, CancellationToken cancellationToken)
        {
            SqlScheduledMessageStore.CheckMessage(message);
            await SqlScheduledMessageStore.InsertAsync(Connection, transaction, message, time.GetUtcNow(), cancellationToken);
        }

        public Task CancelScheduledAsync(string idPrefix, CancellationToken cancellationToken)
        {
            StorageArguments.Key(idPrefix, nameof(idPrefix));
            return SqlScheduledMessageStore.CancelAsync(Connection, transaction, idPrefix, cancellationToken);
        }

        public async Task RecordProcessedAsync(ProcessedActivity processed, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(processed);
            SqlProcessedActivityStore.Check(processed.Key);
            if (!await SqlProcessedActivityStore.TryInsertAsync(Connection, transaction, processed, time.GetUtcNow(), cancellationToken))
            {
                throw new StoreConflictException($"Activity '{processed.Key}' was processed before.");
            }
        }

        public Task EnqueueAsync(IReadOnlyList<OutboxMessage> messages, DateTimeOffset heldUntil, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(messages);
            foreach (var message in messages)
            {
                SqlOutboxStore.Check(message);
            }

            return SqlOutboxStore.InsertAsync(Connection, transaction, messages, time.GetUtcNow(), heldUntil, cancellationToken);
        }

        public Task CommitAsync(CancellationToken cancellationToken) => transaction.CommitAsync(cancellationToken);

        // The writes have run in the transaction already.
        public Task RehearseAsync(CancellationToken cancellationToken) => transaction.RollbackAsync(cancellationToken);

        public async ValueTask DisposeAsync()
        {
            // Disposing an uncommitted transaction rolls it back; the connection and the writer's turn go back after it.
            await transaction.DisposeAsync();
            await writer.DisposeAsync();
        }
    }
}
