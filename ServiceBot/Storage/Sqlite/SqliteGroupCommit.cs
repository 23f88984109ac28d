using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using ServiceBot.Storage.Sql;

namespace ServiceBot.Storage.Sqlite;

/// <summary>
/// Group commit for SQLite: the turns that finish together are written in one transaction, so they share one fsync
/// (<c>synchronous=FULL</c> is kept: a turn's commit completes only once its batch is durable). Each turn runs inside
/// its own savepoint: one whose ETag is stale is rolled back alone and told so (<see cref="StoreConflictException"/>),
/// while the others in the batch commit.
/// <para>
/// Leader and followers: a commit that finds no batch being written writes one itself, on its own thread, with whatever
/// else is waiting (the leader); commits that arrive meanwhile queue (followers) and are completed by the leader that
/// writes them. When the leader's batch is durable and more commits wait, the first of them leads the next batch. So a
/// commit alone costs no thread hop, and commits under load still share a transaction.
/// </para>
/// <para>
/// The batches are written on one connection that stays open between them, with its prepared statements
/// (<see cref="SqliteStatementCache"/>): the turns' statements are parsed once, not on every commit. A batch that fails
/// in the engine (a <see cref="SqliteException"/>) closes it; the next batch opens another.
/// </para>
/// <para>
/// With a <see cref="SqliteCheckpointer"/> the WAL is copied back into the database file on that thread instead of
/// inside a commit (SQLite's automatic checkpoint made the commit that crossed 1,000 pages, and the turns queued behind
/// it, wait for the database file's writes and fsync).
/// </para>
/// </summary>
internal sealed class SqliteGroupCommit(StorageDatabase database, SqliteCheckpointer? checkpointer = null) : IAsyncDisposable
{
    /// <summary>Most turns one transaction takes; more wait for the next.</summary>
    public const int MaxBatch = 64;

    private readonly Lock gate = new();
    private readonly Queue<Pending> waiting = new();
    private bool leading;
    private bool disposed;
    private TaskCompletionSource? idle;

    private long transactions;
    private long turns;

    // Used only by the leader, one batch at a time.
    private DbConnection? writer;
    private SqliteStatementCache? statements;

    private static readonly SqlStatement Savepoint = new("SAVEPOINT turn", new { });
    private static readonly SqlStatement RollbackToSavepoint = new("ROLLBACK TO turn", new { });
    private static readonly SqlStatement ReleaseSavepoint = new("RELEASE turn", new { });
    private static readonly SqlStatement CheckpointOnlyAsFallback = new($"PRAGMA wal_autocheckpoint = {SqliteCheckpointer.WriterAutoCheckpointPages}", new { });

    /// <summary>How many transactions and turns were written (for tests and benchmarks).</summary>
    public (long Transactions, long Turns) Written => (Interlocked.Read(ref transactions), Interlocked.Read(ref turns));

    /// <summary>Writes one turn's operations; completes once they are durable, or throws what stopped them.</summary>
    public async Task CommitAsync(IReadOnlyList<StorageWrite> writes)
    {
        var pending = new Pending(writes);
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            if (leading)
            {
                waiting.Enqueue(pending);
            }
            else
            {
                leading = true;
                pending.Promote();
            }
        }

        if (await pending.Outcome.Task == Role.Written)
        {
            return;
        }

        await LeadAsync(pending);
    }

    /// <summary>New commits are refused at once; the ones already queued are written before this completes.</summary>
    public async ValueTask DisposeAsync()
    {
        Task drained;
        lock (gate)
        {
            disposed = true;
            if (!leading)
            {
                drained = Task.CompletedTask;
            }
            else
            {
                idle ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                drained = idle.Task;
            }
        }

        await drained;
        await CloseWriterAsync();
    }

    /// <summary>How many statements the writer connection prepared since it was opened (for tests).</summary>
    internal int PreparedStatements => statements?.Prepared ?? 0;

    /// <summary>Writes the leader's batch, hands the lead to the next waiting commit (or gives it up), then reports its own outcome.</summary>
    private async Task LeadAsync(Pending own)
    {
        var batch = new List<Pending>(MaxBatch) { own };
        lock (gate)
        {
            while (batch.Count < MaxBatch && waiting.TryDequeue(out var next))
            {
                batch.Add(next);
            }
        }

        Exception? failure;
        try
        {
            failure = await WriteBatchAsync(batch);
        }
        finally
        {
            PassTheLead();
        }

        if (failure is not null)
        {
            throw failure;
        }
    }

    private void PassTheLead()
    {
        Pending? next;
        TaskCompletionSource? drained = null;
        lock (gate)
        {
            if (!waiting.TryDequeue(out next))
            {
                leading = false;
                drained = idle;
            }
        }

        next?.Promote();
        drained?.TrySetResult();
    }

    /// <summary>Writes the batch; completes the followers in it and returns the leader's own failure (null when written).</summary>
    private async Task<Exception?> WriteBatchAsync(List<Pending> batch)
    {
        var failures = new Exception?[batch.Count];
        var turn = await database.EnterWriterAsync(CancellationToken.None);
        try
        {
            var connection = await OpenWriterAsync();
            await using var transaction = await connection.BeginTransactionAsync();

            // A turn alone needs no savepoint: if it fails, the transaction is rolled back (two statements fewer).
            var alone = batch.Count == 1;
            for (var i = 0; i < batch.Count; i++)
            {
                if (!alone)
                {
                    await Savepoint.ExecuteAsync(connection, transaction, CancellationToken.None);
                }

                try
                {
                    foreach (var write in batch[i].Writes)
                    {
                        await write(connection, transaction);
                    }
                }
                catch (Exception ex) when (!alone)
                {
                    failures[i] = ex;
                    await RollbackToSavepoint.ExecuteAsync(connection, transaction, CancellationToken.None);
                }

                if (!alone)
                {
                    await ReleaseSavepoint.ExecuteAsync(connection, transaction, CancellationToken.None);
                }
            }

            await transaction.CommitAsync();
            checkpointer?.Committed();
            Interlocked.Increment(ref transactions);
            Interlocked.Add(ref turns, batch.Count);
        }
        catch (Exception ex)
        {
            // The batch as a whole failed (disk, lock from another process, or its only turn): none of it was written.
            Array.Fill(failures, ex);
            if (ex is SqliteException || writer is { State: not ConnectionState.Open })
            {
                await CloseWriterAsync();
            }
        }
        finally
        {
            turn?.Dispose();
        }

        for (var i = 1; i < batch.Count; i++)
        {
            batch[i].Complete(failures[i]);
        }

        return failures[0];
    }

    private async Task<DbConnection> OpenWriterAsync()
    {
        if (writer is null)
        {
            writer = await database.OpenAsync(CancellationToken.None);
            statements = SqliteStatementCache.Attach((SqliteConnection)writer);
            if (checkpointer is not null)
            {
                await CheckpointOnlyAsFallback.ExecuteAsync(writer, null, CancellationToken.None);
            }
        }

        return writer;
    }

    private async Task CloseWriterAsync()
    {
        statements = null;
        if (writer is not null)
        {
            await SqliteStatementCache.CloseAsync(writer);
            writer = null;
        }
    }

    private enum Role
    {
        /// <summary>A leader wrote this commit: it is durable.</summary>
        Written,

        /// <summary>This commit writes the next batch itself.</summary>
        Lead,
    }

    private sealed class Pending(IReadOnlyList<StorageWrite> writes)
    {
        public IReadOnlyList<StorageWrite> Writes { get; } = writes;

        // A follower's caller resumes on a thread of its own, never inside the leader's write.
        public TaskCompletionSource<Role> Outcome { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Promote() => Outcome.TrySetResult(Role.Lead);

        public void Complete(Exception? failure)
        {
            if (failure is null)
            {
                Outcome.TrySetResult(Role.Written);
            }
            else
            {
                Outcome.TrySetException(failure);
            }
        }
    }
}
