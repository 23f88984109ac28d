using ServiceBot.Storage;
using ServiceBot.Storage.Sql;
using ServiceBot.Storage.Sqlite;

namespace ServiceBot.Tests.Storage.Sqlite;

/// <summary>
/// <see cref="SqliteGroupCommit"/> on a real SQLite file: a commit that finds no batch being written writes its own
/// (the leader), commits that arrive meanwhile wait and are written together by the next leader (followers), a turn
/// that fails is rolled back alone, and disposing waits for what is queued. Followers are made to queue by a leader whose
/// write waits on a gate the test opens.
/// </summary>
public sealed class SqliteGroupCommitTests : StorageContractTests
{
    public SqliteGroupCommitTests()
        : base(SqliteTestEngine.CreateAsync)
    {
    }

    [Fact]
    public async Task Commit_Alone_IsWrittenByItsCallerOnItsOwnThread()
    {
        var (database, sut) = await OpenAsync();
        var caller = Environment.CurrentManagedThreadId;
        int? writer = null;

        var commit = sut.CommitAsync([(connection, transaction) =>
        {
            writer = Environment.CurrentManagedThreadId;
            return Write("k1")(connection, transaction);
        }]);
        await commit;

        Assert.Equal(caller, writer);
        Assert.Equal((1L, 1L), sut.Written);
        Assert.NotNull(await State(database).ReadAsync("k1"));
    }

    [Fact]
    public async Task Commits_ArrivingWhileABatchIsWritten_WaitAndAreWrittenTogetherInTheNextTransaction()
    {
        var (database, sut) = await OpenAsync();
        var (leader, gate) = await HoldALeaderAsync(sut, Write("k0"));

        var followers = Enumerable.Range(1, 3).Select(i => sut.CommitAsync([Write($"k{i}")])).ToArray();

        Assert.All(followers, f => Assert.False(f.IsCompleted));
        gate.SetResult();
        await leader;
        await Task.WhenAll(followers);
        Assert.Equal((2L, 4L), sut.Written);
        for (var i = 0; i < 4; i++)
        {
            Assert.NotNull(await State(database).ReadAsync($"k{i}"));
        }
    }

    [Fact]
    public async Task FailingTurn_InABatch_IsRolledBackAlone_AndOnlyItsCallerIsTold()
    {
        var (database, sut) = await OpenAsync();
        var (leader, gate) = await HoldALeaderAsync(sut);

        var before = sut.CommitAsync([Write("before")]);
        var failing = sut.CommitAsync([Write("half-done"), (_, _) => throw new StoreConflictException("stale")]);
        var after = sut.CommitAsync([Write("after")]);
        gate.SetResult();

        await leader;
        await before;
        await after;
        await Assert.ThrowsAsync<StoreConflictException>(() => failing);
        Assert.Equal((2L, 4L), sut.Written);
        Assert.NotNull(await State(database).ReadAsync("before"));
        Assert.NotNull(await State(database).ReadAsync("after"));
        Assert.Null(await State(database).ReadAsync("half-done"));
    }

    [Fact]
    public async Task FailingLeader_IsToldAlone_AndTheNextCommitLeads()
    {
        var (database, sut) = await OpenAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() => sut.CommitAsync([Write("lost"), (_, _) => throw new InvalidOperationException("boom")]));
        await sut.CommitAsync([Write("next")]);

        Assert.Null(await State(database).ReadAsync("lost"));
        Assert.NotNull(await State(database).ReadAsync("next"));
    }

    [Fact]
    public async Task Dispose_WhileABatchIsWritten_RefusesNewCommits_AndCompletesOnceTheQueuedOnesAreDurable()
    {
        var (database, sut) = await OpenAsync();
        var (leader, gate) = await HoldALeaderAsync(sut, Write("leader"));
        var follower = sut.CommitAsync([Write("follower")]);

        var disposing = sut.DisposeAsync().AsTask();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => sut.CommitAsync([Write("late")]));
        Assert.False(disposing.IsCompleted);
        gate.SetResult();
        await disposing;
        await leader;
        await follower;
        Assert.NotNull(await State(database).ReadAsync("leader"));
        Assert.NotNull(await State(database).ReadAsync("follower"));
        Assert.Null(await State(database).ReadAsync("late"));
    }

    private async Task<(StorageDatabase Database, SqliteGroupCommit GroupCommit)> OpenAsync()
    {
        var database = OpenDatabase();
        await database.EnsureMigratedAsync(CancellationToken.None);
        return (database, new SqliteGroupCommit(database));
    }

    private SqlStateStore State(StorageDatabase database) => new(database, Time);

    private StorageWrite Write(string key) =>
        (connection, transaction) => SqlStateStore.WriteAsync(connection, transaction, key, """{"ok":true}""", null, Time.GetUtcNow(), CancellationToken.None);

    /// <summary>
    /// Starts a commit that leads (no batch is being written) and returns once its batch is being written: its first write
    /// waits for the returned gate, then <paramref name="writes"/> run.
    /// </summary>
    private static async Task<(Task Leader, TaskCompletionSource Gate)> HoldALeaderAsync(SqliteGroupCommit sut, params StorageWrite[] writes)
    {
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        StorageWrite held = (_, _) =>
        {
            entered.TrySetResult();
            return gate.Task;
        };
        var leader = Task.Run(() => sut.CommitAsync([held, .. writes]));
        await entered.Task;
        return (leader, gate);
    }
}
