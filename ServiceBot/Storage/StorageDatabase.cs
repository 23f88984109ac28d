using System.Data.Common;
using Microsoft.Extensions.Logging;

namespace ServiceBot.Storage;

/// <summary>
/// One database engine: opens connections and brings the schema up to date once, before the first connection
/// is handed out (at startup, through <see cref="StorageStartupService"/>).
/// </summary>
internal abstract class StorageDatabase(TimeProvider time, ILogger logger) : IAsyncDisposable
{
    private readonly SemaphoreSlim migrationGate = new(1, 1);
    private volatile bool migrated;

    public abstract StorageProvider Provider { get; }

    /// <summary>Where the data lives, safe to log (no password).</summary>
    public abstract string Location { get; }

    protected TimeProvider Time { get; } = time;

    /// <summary>An open connection to an up-to-date schema; dispose it to return it to the pool.</summary>
    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (!migrated)
        {
            await EnsureMigratedAsync(cancellationToken);
        }

        return await OpenConnectionAsync(cancellationToken);
    }

    /// <summary>
    /// An open connection for writing. On SQLite the writers of this process take turns in-process (one writer at a
    /// time) instead of meeting in SQLite's busy handler, which sleeps; PostgreSQL lets them run together.
    /// </summary>
    public async Task<WriterScope> OpenWriterAsync(CancellationToken cancellationToken)
    {
        var gate = await EnterWriterAsync(cancellationToken);
        try
        {
            return new WriterScope(await OpenAsync(cancellationToken), gate);
        }
        catch
        {
            gate?.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Runs one write that stands alone (not part of a turn's commit) and returns once it is durable. On SQLite it
    /// joins the group commit, sharing a transaction and an fsync with the writes that arrive at the same moment; a
    /// write that throws is rolled back alone and its exception comes back here. Elsewhere it runs by itself on a
    /// writer connection.
    /// </summary>
    public virtual async Task WriteAsync(StorageWrite write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        await using var writer = await OpenWriterAsync(cancellationToken);
        await write(writer.Connection, null);
    }

    /// <summary>
    /// Runs <paramref name="statements"/> in order in one transaction, as one write that stands alone (on SQLite in the
    /// group commit), and returns the rows each changed once they are durable.
    /// </summary>
    public virtual async Task<IReadOnlyList<int>> WriteTogetherAsync(IReadOnlyList<Sql.SqlStatement> statements, CancellationToken cancellationToken) =>
        await RunTogetherAsync(statements, keep: true, cancellationToken);

    /// <summary>
    /// Runs <paramref name="statements"/> as <see cref="WriteTogetherAsync"/> does and rolls them back instead of
    /// committing: the start's warm-up prepares a write's statements and its path (on SQLite the group commit) without
    /// keeping anything.
    /// </summary>
    public virtual async Task RehearseTogetherAsync(IReadOnlyList<Sql.SqlStatement> statements, CancellationToken cancellationToken)
    {
        try
        {
            await RunTogetherAsync(statements, keep: false, cancellationToken);
        }
        catch (RehearsalOverException)
        {
        }
    }

    private async Task<int[]> RunTogetherAsync(IReadOnlyList<Sql.SqlStatement> statements, bool keep, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(statements);
        var rows = new int[statements.Count];
        await WriteInTransactionAsync(
            async (connection, transaction) =>
            {
                for (var i = 0; i < statements.Count; i++)
                {
                    rows[i] = await statements[i].ExecuteAsync(connection, transaction, CancellationToken.None);
                }

                if (!keep)
                {
                    // Thrown on purpose: the write is rolled back (its own transaction, or its savepoint in a group commit).
                    throw new RehearsalOverException();
                }
            },
            cancellationToken);
        return rows;
    }

    /// <summary>
    /// Runs <paramref name="write"/> as one write (<see cref="WriteAsync"/>) inside a transaction: on SQLite the group
    /// commit's savepoint; alone (PostgreSQL) a transaction of its own, committed when the write returns. A write that
    /// throws leaves nothing either way.
    /// </summary>
    internal Task WriteInTransactionAsync(Func<DbConnection, DbTransaction, Task> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        return WriteAsync(
            async (connection, transaction) =>
            {
                await using var own = transaction is null ? await connection.BeginTransactionAsync(cancellationToken) : null;
                await write(connection, (transaction ?? own)!);
                if (own is not null)
                {
                    await own.CommitAsync(CancellationToken.None);
                }
            },
            cancellationToken);
    }

    /// <summary>Waits for this process's turn to write; null when the engine needs no in-process turn-taking.</summary>
    internal virtual ValueTask<IDisposable?> EnterWriterAsync(CancellationToken cancellationToken) => ValueTask.FromResult<IDisposable?>(null);

    /// <summary>Applies pending migrations once per instance (a failure is retried by the next call).</summary>
    /// <exception cref="StorageUnavailableException">The database cannot be reached, opened or migrated.</exception>
    public async Task EnsureMigratedAsync(CancellationToken cancellationToken)
    {
        await migrationGate.WaitAsync(cancellationToken);
        try
        {
            if (migrated)
            {
                return;
            }

            var applied = await MigrateAsync(cancellationToken);
            foreach (var script in applied)
            {
                StorageLog.MigrationApplied(logger, script.Version, script.Name, Provider);
            }

            StorageLog.StorageReady(logger, Provider, Location, applied.Count);
            migrated = true;
        }
        finally
        {
            migrationGate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await DisposeCoreAsync();
        migrationGate.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Opens a connection without looking at the schema.</summary>
    internal abstract Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken);

    /// <summary>Applies the pending migrations and returns them.</summary>
    protected abstract Task<IReadOnlyList<MigrationScript>> MigrateAsync(CancellationToken cancellationToken);

    protected abstract ValueTask DisposeCoreAsync();

    private sealed class RehearsalOverException : Exception;
}
