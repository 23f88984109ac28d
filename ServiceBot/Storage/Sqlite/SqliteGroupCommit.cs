using System.Data.Common;
using System.Threading.Channels;
using Dapper;

namespace ServiceBot.Storage.Sqlite;

/// <summary>
/// Group commit for SQLite: the turns that finish together are written by one writer in one transaction, so they
/// share one fsync (<c>synchronous=FULL</c> is kept: a turn's commit completes only once its batch is durable).
/// Each turn runs inside its own savepoint: one whose ETag is stale is rolled back alone and told so
/// (<see cref="StoreConflictException"/>), while the others in the batch commit.
/// </summary>
internal sealed class SqliteGroupCommit : IAsyncDisposable
{
    /// <summary>Most turns one transaction takes; more wait for the next.</summary>
    public const int MaxBatch = 64;

    private readonly StorageDatabase database;
    private readonly Channel<Pending> queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task writer;

    public SqliteGroupCommit(StorageDatabase database)
    {
        this.database = database;
        writer = Task.Run(WriteAsync);
    }

    /// <summary>How many transactions and turns were written (for tests and benchmarks).</summary>
    public (long Transactions, long Turns) Written => (Interlocked.Read(ref transactions), Interlocked.Read(ref turns));

    private long transactions;
    private long turns;

    /// <summary>Writes one turn's operations; completes once they are durable, or throws what stopped them.</summary>
    public Task CommitAsync(IReadOnlyList<StorageWrite> writes)
    {
        var pending = new Pending(writes, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        ObjectDisposedException.ThrowIf(!queue.Writer.TryWrite(pending), this);

        return pending.Done.Task;
    }

    public async ValueTask DisposeAsync()
    {
        queue.Writer.TryComplete();
        await writer;
    }

    private async Task WriteAsync()
    {
        var batch = new List<Pending>(MaxBatch);
        while (await queue.Reader.WaitToReadAsync())
        {
            while (batch.Count < MaxBatch && queue.Reader.TryRead(out var next))
            {
                batch.Add(next);
            }

            await WriteBatchAsync(batch);
            batch.Clear();
        }
    }

    private async Task WriteBatchAsync(List<Pending> batch)
    {
        var failures = new Exception?[batch.Count];
        try
        {
            await using var scope = await database.OpenWriterAsync(CancellationToken.None);
            var connection = scope.Connection;
            await using var transaction = await connection.BeginTransactionAsync();
            for (var i = 0; i < batch.Count; i++)
            {
                await connection.ExecuteAsync("SAVEPOINT turn", transaction: transaction);
                try
                {
                    foreach (var write in batch[i].Writes)
                    {
                        await write(connection, transaction);
                    }
                }
                catch (Exception ex)
                {
                    failures[i] = ex;
                    await connection.ExecuteAsync("ROLLBACK TO turn", transaction: transaction);
                }

                await connection.ExecuteAsync("RELEASE turn", transaction: transaction);
            }

            await transaction.CommitAsync();
            Interlocked.Increment(ref transactions);
            Interlocked.Add(ref turns, batch.Count);
        }
        catch (Exception ex)
        {
            // The batch as a whole failed (disk, lock from another process): none of it was written.
            foreach (var pending in batch)
            {
                pending.Done.TrySetException(ex);
            }

            return;
        }

        for (var i = 0; i < batch.Count; i++)
        {
            if (failures[i] is { } failure)
            {
                batch[i].Done.TrySetException(failure);
            }
            else
            {
                batch[i].Done.TrySetResult();
            }
        }
    }

    private sealed record Pending(IReadOnlyList<StorageWrite> Writes, TaskCompletionSource Done);
}
