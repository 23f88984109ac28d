using Microsoft.Extensions.Logging.Abstractions;
using ServiceBot.BotFramework.Connector;
using ServiceBot.BotFramework.Schema;
using ServiceBot.Proactive;
using ServiceBot.Storage;
using ServiceBot.Storage.Sql;
using ServiceBot.Storage.Sqlite;
using ServiceBot.Tests.Storage;
using ServiceBot.Tests.Storage.Sqlite;

namespace ServiceBot.Tests.Proactive;

/// <summary>
/// <see cref="OutboxSentMarks"/> on a real SQLite file: a row whose mark is still waiting stays held (no sender takes it
/// again), a flush marks every waiting row in one write, and disposing writes what still waits.
/// </summary>
public sealed class OutboxSentMarksTests : StorageContractTests
{
    private static readonly TimeSpan HoldFor = TimeSpan.FromMinutes(2);

    public OutboxSentMarksTests()
        : base(SqliteTestEngine.CreateAsync)
    {
    }

    [Fact]
    public async Task WaitingMark_KeepsTheRowHeld_AndAFlushMarksAllWaitingRowsSent()
    {
        var outbox = await CommitRowsAsync("t1", "t2", "t3");
        var sut = new OutboxSentMarks(outbox, NullLogger<OutboxSentMarks>.Instance);

        sut.Add("t1:0", Time.GetUtcNow());
        sut.Add("t2:0", Time.GetUtcNow());

        Assert.Empty(await outbox.ClaimDueAsync(Time.GetUtcNow(), 10, HoldFor, CancellationToken.None));
        await sut.FlushAsync();
        Assert.Equal("t3:0", Assert.Single(await outbox.ListPendingAsync(CancellationToken.None)).Id);
        await sut.DisposeAsync();
    }

    [Fact]
    public async Task Dispose_WritesTheMarksStillWaiting_AndALaterMarkIsNotWritten()
    {
        var outbox = await CommitRowsAsync("t1", "t2");
        var sut = new OutboxSentMarks(outbox, NullLogger<OutboxSentMarks>.Instance);
        sut.Add("t1:0", Time.GetUtcNow());

        await sut.DisposeAsync();
        sut.Add("t2:0", Time.GetUtcNow());
        await sut.FlushAsync();

        // The late one is sent again once its hold expires (at least once).
        Assert.Equal("t2:0", Assert.Single(await outbox.ListPendingAsync(CancellationToken.None)).Id);
        Time.Advance(HoldFor + TimeSpan.FromSeconds(1));
        Assert.Equal("t2:0", Assert.Single(await outbox.ClaimDueAsync(Time.GetUtcNow(), 10, HoldFor, CancellationToken.None)).Id);
    }

    [Fact]
    public async Task MarksTakenAndNeverReported_FailTheFlushClearly_InsteadOfHangingIt_AndAreWrittenNext()
    {
        var outbox = await CommitRowsAsync("t1", "t2");
        await using var sut = new OutboxSentMarks(outbox, NullLogger<OutboxSentMarks>.Instance) { Window = TimeSpan.FromHours(1), ReportTimeout = TimeSpan.FromMilliseconds(200) };
        sut.Add("t1:0", Time.GetUtcNow());

        // A commit takes the marks and, by mistake, never says how it ended.
        Assert.Single(sut.Take());

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => sut.FlushAsync().WaitAsync(TimeSpan.FromMinutes(1)));
        Assert.Contains(nameof(IWaitingSentMarks.Written), failure.Message, StringComparison.Ordinal);

        // The marks were put back: the next flush writes them, and flushes no longer wait for that commit.
        await sut.FlushAsync().WaitAsync(TimeSpan.FromMinutes(1));
        Assert.Equal("t2:0", Assert.Single(await outbox.ListPendingAsync(CancellationToken.None)).Id);
    }

    [Fact]
    public async Task Dispose_EndsTheBatchWindowAtOnce_AndWritesItsMarks()
    {
        var outbox = await CommitRowsAsync("t1");
        var sut = new OutboxSentMarks(outbox, NullLogger<OutboxSentMarks>.Instance) { Window = TimeSpan.FromHours(1) };
        sut.Add("t1:0", Time.GetUtcNow());

        // Before, disposal waited out the window (a test with a ten-minute window hung the suite for that long).
        await sut.DisposeAsync().AsTask().WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Empty(await outbox.ListPendingAsync(CancellationToken.None));
    }

    /// <summary>One committed turn per id, each with one reply held for <see cref="HoldFor"/> by this instance.</summary>
    private async Task<SqlOutboxStore> CommitRowsAsync(params string[] turnIds)
    {
        var database = OpenDatabase();
        var turns = new SqliteTurnStore(database, new SqliteGroupCommit(database), Time);
        foreach (var turnId in turnIds)
        {
            await using var turn = await turns.BeginAsync($"msteams/conversations/{turnId}", CancellationToken.None);
            await turn.EnqueueAsync([Reply(turnId)], Time.GetUtcNow() + HoldFor, CancellationToken.None);
            await turn.CommitAsync(CancellationToken.None);
        }

        return new SqlOutboxStore(database);
    }

    private static OutboxMessage Reply(string turnId) => new(
        $"{turnId}:0", turnId, 0, "a:1", "https://smba.trafficmanager.net/amer/", ServiceUrlProvenance.VerifiedChannel, OutboxKind.Send, null,
        Activity.CreateMessage("Listo") with { Conversation = new ConversationAccount { Id = "a:1" } });
}
