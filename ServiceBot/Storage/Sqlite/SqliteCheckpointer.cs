using System.Data.Common;
using Dapper;
using Microsoft.Extensions.Logging;

namespace ServiceBot.Storage.Sqlite;

/// <summary>
/// Copies the WAL back into the database file on a thread of its own, so that no commit waits for it. SQLite's own
/// automatic checkpoint runs inside the commit that crosses 1,000 WAL pages: that commit (and, with group commit, every
/// turn queued behind it) waited for the pages to be written to the database file and that file's fsync, which made the
/// slowest turns. The group commit's writer connection raises SQLite's limit to <see cref="WriterAutoCheckpointPages"/>
/// (a fallback if this thread falls behind) and asks for a checkpoint every <see cref="CommitsPerCheckpoint"/> commits.
/// <para>
/// A PASSIVE checkpoint takes no lock a writer or reader waits for; it copies only frames already committed (and durable:
/// <c>synchronous=FULL</c> synced them at their commit), so durability is unchanged. What a crash interrupts is done
/// again by the next checkpoint or at the next open.
/// </para>
/// </summary>
internal sealed class SqliteCheckpointer : IDisposable
{
    /// <summary>Commits between two requested checkpoints (a turn's commit writes a few pages; SQLite's default is 1,000 pages).</summary>
    public const int CommitsPerCheckpoint = 100;

    /// <summary>The writer connection's own automatic checkpoint, left only as a fallback.</summary>
    public const int WriterAutoCheckpointPages = 10_000;

    private readonly StorageDatabase database;
    private readonly ILogger logger;
    private readonly SemaphoreSlim requested = new(0, 1);
    private readonly CancellationTokenSource stopping = new();
    private readonly Thread thread;
    private long commits;
    private long checkpoints;
    private int disposed;

    public SqliteCheckpointer(StorageDatabase database, ILogger logger)
    {
        this.database = database;
        this.logger = logger;
        thread = new Thread(Run) { IsBackground = true, Name = "SQLite checkpoint" };
        thread.Start();
    }

    /// <summary>How many checkpoints this thread ran (for tests).</summary>
    public long Checkpoints => Interlocked.Read(ref checkpoints);

    /// <summary>Counts a commit of the writer; every <see cref="CommitsPerCheckpoint"/>th one wakes the thread.</summary>
    public void Committed()
    {
        if (Interlocked.Increment(ref commits) % CommitsPerCheckpoint == 0)
        {
            Request();
        }
    }

    /// <summary>Asks for a checkpoint soon (a request while one is pending is the same request).</summary>
    public void Request()
    {
        try
        {
            if (Volatile.Read(ref disposed) == 0 && requested.CurrentCount == 0)
            {
                requested.Release();
            }
        }
        catch (Exception ex) when (ex is SemaphoreFullException or ObjectDisposedException)
        {
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) != 0)
        {
            return;
        }

        stopping.Cancel();
        thread.Join();
        stopping.Dispose();
        requested.Dispose();
    }

    private void Run()
    {
        DbConnection? connection = null;
        try
        {
            while (true)
            {
                requested.Wait(stopping.Token);
                try
                {
                    connection ??= database.OpenAsync(CancellationToken.None).GetAwaiter().GetResult();
                    connection.Execute("PRAGMA wal_checkpoint(PASSIVE);");
                    Interlocked.Increment(ref checkpoints);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // The writer's own automatic checkpoint still bounds the WAL; try again on the next request.
                    StorageLog.CheckpointFailed(logger, ex);
                    connection?.Dispose();
                    connection = null;
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            connection?.Dispose();
        }
    }
}
