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
}
