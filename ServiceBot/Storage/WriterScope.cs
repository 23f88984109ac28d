using System.Data.Common;

namespace ServiceBot.Storage;

/// <summary>A connection opened for writing, and this process's turn to write (SQLite); disposing returns both.</summary>
internal sealed class WriterScope(DbConnection connection, IDisposable? turn) : IAsyncDisposable
{
    public DbConnection Connection { get; } = connection;

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Connection.DisposeAsync();
        }
        finally
        {
            turn?.Dispose();
        }
    }
}
