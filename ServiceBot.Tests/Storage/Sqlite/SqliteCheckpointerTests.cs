using ServiceBot.Storage;
using ServiceBot.Storage.Sql;
using ServiceBot.Storage.Sqlite;

namespace ServiceBot.Tests.Storage.Sqlite;

/// <summary>
/// <see cref="SqliteCheckpointer"/> on a real SQLite file, through the database's own group commit: a commit no longer
/// copies the WAL into the database file when the WAL passes SQLite's 1,000 pages (the turns queued behind it waited
/// for that), and the checkpointer's thread does, every <see cref="SqliteCheckpointer.CommitsPerCheckpoint"/> commits.
/// Whether pages were copied is read from the database file's length (a page reaches it only by a checkpoint).
/// </summary>
public sealed class SqliteCheckpointerTests : StorageContractTests
{
    // Large enough that CommitsPerCheckpoint - 1 commits write well over SQLite's default 1,000 WAL pages.
    private static readonly string LargeJson = $$"""{"text":"{{new string('x', 60_000)}}"}""";

    public SqliteCheckpointerTests()
        : base(SqliteTestEngine.CreateAsync)
    {
    }

    [Fact]
    public async Task Commits_PastAThousandWalPages_LeaveTheDatabaseFileAsItWas()
    {
        var database = (SqliteDatabase)OpenDatabase();
        await database.EnsureMigratedAsync(CancellationToken.None);
        var before = new FileInfo(database.FilePath).Length;

        for (var i = 0; i < SqliteCheckpointer.CommitsPerCheckpoint - 1; i++)
        {
            await database.GroupCommit.CommitAsync([Write($"k{i}")]);
        }

        Assert.True(new FileInfo(database.FilePath + "-wal").Length > 1_000 * 4096, "the WAL holds the commits");
        Assert.True(new FileInfo(database.FilePath).Length - before < 1_000_000, "no commit copied the WAL into the database file");
        Assert.Equal(0, database.Checkpointer.Checkpoints);
    }

    [Fact]
    public async Task EveryHundredthCommit_TheCheckpointerCopiesTheWalIntoTheDatabaseFile()
    {
        var database = (SqliteDatabase)OpenDatabase();
        await database.EnsureMigratedAsync(CancellationToken.None);

        for (var i = 0; i < SqliteCheckpointer.CommitsPerCheckpoint; i++)
        {
            await database.GroupCommit.CommitAsync([Write($"k{i}")]);
        }

        await WaitForAsync(() => database.Checkpointer.Checkpoints >= 1);
        Assert.True(new FileInfo(database.FilePath).Length > SqliteCheckpointer.CommitsPerCheckpoint * LargeJson.Length, "the pages are in the database file");
        var state = new SqlStateStore(database, Time);
        Assert.NotNull(await state.ReadAsync("k0"));
        Assert.NotNull(await state.ReadAsync($"k{SqliteCheckpointer.CommitsPerCheckpoint - 1}"));
    }

    private StorageWrite Write(string key) =>
        (connection, transaction) => SqlStateStore.WriteAsync(connection, transaction, key, LargeJson, null, Time.GetUtcNow(), CancellationToken.None);

    private static async Task WaitForAsync(Func<bool> condition)
    {
        // The checkpointer works on its own thread; this waits for it, it measures nothing.
        for (var i = 0; i < 600 && !condition(); i++)
        {
            await Task.Delay(50);
        }

        Assert.True(condition(), "the checkpointer ran");
    }
}
