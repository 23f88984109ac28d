using System.Collections.Concurrent;
using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace ServiceBot.Storage.Sqlite;

/// <summary>
/// Connections for the turns' reads, kept open between turns with their prepared statements
/// (<see cref="SqliteStatementCache"/>), so a turn's reads are bound and stepped instead of parsed again. At most
/// <see cref="MaxKept"/> wait idle; a turn that finds none opens another. A connection comes back only when it is open
/// and outside a transaction; any other is closed.
/// </summary>
internal sealed class SqliteReaderPool(StorageDatabase database) : IAsyncDisposable
{
    public const int MaxKept = 8;

    private readonly ConcurrentQueue<SqliteConnection> idle = new();
    private volatile bool disposed;

    /// <summary>An open connection with prepared statements; give it back with <see cref="ReturnAsync"/>.</summary>
    public async Task<DbConnection> RentAsync(CancellationToken cancellationToken)
    {
        if (idle.TryDequeue(out var kept))
        {
            return kept;
        }

        var connection = (SqliteConnection)await database.OpenAsync(cancellationToken);
        SqliteStatementCache.Attach(connection);
        return connection;
    }

    public ValueTask ReturnAsync(DbConnection connection)
    {
        if (!disposed && connection is SqliteConnection { State: ConnectionState.Open } sqlite && !InTransaction(sqlite) && idle.Count < MaxKept)
        {
            idle.Enqueue(sqlite);
            if (!disposed)
            {
                return ValueTask.CompletedTask;
            }

            // Disposed meanwhile: DisposeAsync may have drained the queue before this one arrived.
            return DrainAsync();
        }

        return SqliteStatementCache.CloseAsync(connection);
    }

    public ValueTask DisposeAsync()
    {
        disposed = true;
        return DrainAsync();
    }

    private async ValueTask DrainAsync()
    {
        while (idle.TryDequeue(out var connection))
        {
            await SqliteStatementCache.CloseAsync(connection);
        }
    }

    private static bool InTransaction(SqliteConnection connection) => !connection.Handle!.IsInvalid && SQLitePCL.raw.sqlite3_get_autocommit(connection.Handle) == 0;
}
