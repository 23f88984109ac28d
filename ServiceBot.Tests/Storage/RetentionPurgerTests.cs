using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ServiceBot.BotFramework.Schema;
using ServiceBot.Localization;
using ServiceBot.Storage;
using ServiceBot.Storage.Sql;
using ServiceBot.Tests.Fixtures;
using ServiceBot.Tests.Storage.Sqlite;

namespace ServiceBot.Tests.Storage;

public sealed class RetentionPurgerTests : IAsyncLifetime, IAsyncDisposable
{
    private readonly SqliteTestEngine engine = new();
    private readonly ManualTimeProvider time = new();
    private StorageDatabase? database;

    private StorageDatabase Database => database ??= engine.Open(time);

    [Fact]
    public async Task Purge_WithRetention_BlanksOldCommentsAndDeletesOldSessions()
    {
        var sut = CreateSut(new RetentionOptions { FeedbackCommentDays = 30, SessionDays = 90 });
        var now = time.GetUtcNow();
        await SeedAsync(now.AddDays(-100));
        await SeedAsync(now.AddDays(-60));
        await SeedAsync(now.AddDays(-1));

        var result = await sut.PurgeAsync(CancellationToken.None);

        Assert.Equal(new RetentionPurgeResult(2, now.AddDays(-30), 1, now.AddDays(-90)), result);
        var answers = await Feedback.QueryAsync(new FeedbackQuery(now.AddDays(-365), now.AddDays(1)));
        Assert.Equal([null, null, "¡Excelente!"], answers.Select(answer => answer.Comment));
        Assert.Equal([4, 4, 4], answers.Select(answer => answer.Rating));
        Assert.Equal(2, (await Sessions.ListByAgentAsync("29:agent", now.AddDays(-365), now.AddDays(1))).Count);
    }

    [Fact]
    public async Task Purge_WithSessionRetention_DeletesScheduledMessagesSentBeforeTheCutoff()
    {
        var sut = CreateSut(new RetentionOptions { SessionDays = 90 });
        var now = time.GetUtcNow();
        await ScheduledMessages.ScheduleAsync(new ScheduledMessage("old", "a:1", "29:agent", now.AddDays(-100), Activity.CreateMessage("x")));
        await ScheduledMessages.ScheduleAsync(new ScheduledMessage("recent", "a:1", "29:agent", now.AddDays(-100), Activity.CreateMessage("x")));
        await ScheduledMessages.MarkSentAsync("old", now.AddDays(-95));
        await ScheduledMessages.MarkSentAsync("recent", now.AddDays(-1));

        var result = await sut.PurgeAsync(CancellationToken.None);

        Assert.Equal(1, result.ScheduledMessagesDeleted);
        Assert.True(await ScheduledMessages.ScheduleAsync(new ScheduledMessage("old", "a:1", "29:agent", now, Activity.CreateMessage("x"))));
        Assert.False(await ScheduledMessages.ScheduleAsync(new ScheduledMessage("recent", "a:1", "29:agent", now, Activity.CreateMessage("x"))));
    }

    [Fact]
    public async Task Purge_WithoutRetention_KeepsEverything()
    {
        var sut = CreateSut(new RetentionOptions());
        var now = time.GetUtcNow();
        await SeedAsync(now.AddDays(-1000));

        var result = await sut.PurgeAsync(CancellationToken.None);

        Assert.Equal(new RetentionPurgeResult(0, null, 0, null), result);
        Assert.Equal("¡Excelente!", Assert.Single(await Feedback.QueryAsync(new FeedbackQuery(now.AddDays(-2000), now))).Comment);
    }

    // xunit 2 ignores IAsyncDisposable on a test class; IAsyncLifetime is what removes the temp folder.
    public Task InitializeAsync() => Task.CompletedTask;

    ValueTask IAsyncDisposable.DisposeAsync() => new(DisposeAsync());

    public async Task DisposeAsync()
    {
        if (database is not null)
        {
            await database.DisposeAsync();
        }

        await engine.DisposeAsync();
    }

    private SqlFeedbackStore Feedback => new(Database, time);

    private SqlServiceSessionStore Sessions => new(Database, time);

    private async Task SeedAsync(DateTimeOffset at)
    {
        var id = Guid.NewGuid().ToString("N");
        await Sessions.CreateAsync(new ServiceSession { Id = id, AgentId = "29:agent", StartedAt = at });
        await Feedback.InsertAsync(new FeedbackResponse
        {
            ServiceSessionId = id,
            AgentId = "29:agent",
            Rating = 4,
            Comment = "¡Excelente!",
            Language = Language.Spanish,
            Source = FeedbackSource.Web,
            SubmittedAt = at,
        });
    }

    [Fact]
    public async Task Purge_DeletesProcessedActivityRecordsOlderThanTheirWindow_EvenWithoutRetentionDays()
    {
        var processed = new SqlProcessedActivityStore(Database, time);
        var old = new ServiceBot.BotFramework.Deduplication.ProcessedActivityKey("msteams", "a:1", "old");
        var recent = old with { ActivityId = "recent" };
        await processed.TryRecordAsync(new(old, null), CancellationToken.None);
        time.Advance(TimeSpan.FromHours(23));
        await processed.TryRecordAsync(new(recent, InvokeResponse.Ok()), CancellationToken.None);
        time.Advance(TimeSpan.FromHours(2));

        var result = await CreateSut(new RetentionOptions()).PurgeAsync(CancellationToken.None);

        Assert.Equal(1, result.DeliveryRecordsDeleted);
        Assert.Null(await processed.FindAsync(old, CancellationToken.None));
        Assert.Equal(200, (await processed.FindAsync(recent, CancellationToken.None))?.Response?.Status);
    }

    [Fact]
    public async Task SqlitePurgeOfProcessedActivities_GoesInBatches_WritesCommitBetweenThem_AndRecentRecordsStay()
    {
        var processed = new SqlProcessedActivityStore(Database, time);
        var count = SqlProcessedActivityStore.PurgeBatchSize * 20 + 3;
        await Database.WriteAsync(
            async (connection, transaction) => await connection.ExecuteAsync(new CommandDefinition(
                """
                WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < @count)
                INSERT INTO processed_activities (channel_id, conversation_id, activity_id, processed_at)
                SELECT 'msteams', 'a:1', 'old-' || i, @at FROM n
                """,
                new { count, at = UnixTime.ToMilliseconds(time.GetUtcNow()) },
                transaction)),
            CancellationToken.None);
        time.Advance(TimeSpan.FromHours(23));
        var recent = new ServiceBot.BotFramework.Deduplication.ProcessedActivityKey("msteams", "a:1", "recent");
        await processed.TryRecordAsync(new(recent, InvokeResponse.Ok()), CancellationToken.None);
        time.Advance(TimeSpan.FromHours(2));

        // Other writes (a turn's commit) keep coming while the purge runs; each sees how many old records are left.
        var cutoff = time.GetUtcNow().AddHours(-24);
        var purge = Task.Run(() => processed.PurgeBeforeAsync(cutoff, CancellationToken.None));
        var seen = new List<long>();
        while (!purge.IsCompleted)
        {
            await Database.WriteAsync(
                async (connection, transaction) => seen.Add(await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                    "SELECT count(*) FROM processed_activities WHERE activity_id LIKE 'old-%'", transaction: transaction))),
                CancellationToken.None);
        }

        Assert.Equal(count, await purge);

        // One DELETE would let a write in only before or after it (all left, or none): a write that committed between
        // batches saw part of them gone.
        Assert.Contains(seen, left => left > 0 && left < count);
        Assert.Equal(200, (await processed.FindAsync(recent, CancellationToken.None))?.Response?.Status);
        await using var reader = await Database.OpenAsync(CancellationToken.None);
        Assert.Equal(1L, await reader.ExecuteScalarAsync<long>("SELECT count(*) FROM processed_activities"));
    }

    private SqlScheduledMessageStore ScheduledMessages => new(Database, time);

    private RetentionPurger CreateSut(RetentionOptions retention) => new(
        Feedback,
        Sessions,
        ScheduledMessages,
        new SqlProcessedActivityStore(Database, time),
        new SqlOutboxStore(Database),
        Options.Create(new StorageOptions { Retention = retention }),
        time,
        NullLogger<RetentionPurger>.Instance);
}
