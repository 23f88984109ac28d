using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ServiceBot.BotFramework;
using ServiceBot.BotFramework.Deduplication;
using ServiceBot.BotFramework.Schema;
using ServiceBot.Storage;
using ServiceBot.Storage.Sql;
using ServiceBot.Tests.Fixtures;
using ServiceBot.Tests.Storage.Sqlite;

namespace ServiceBot.Tests.BotFramework;

/// <summary>The deduplicator over the processed-activity records of a real SQLite database.</summary>
public sealed class ActivityDeduplicatorTests : IAsyncLifetime, IAsyncDisposable
{
    private readonly ManualTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
    private readonly SqliteTestEngine _engine = new();
    private StorageDatabase _database = null!;

    public Task InitializeAsync()
    {
        _database = _engine.Open(_time);
        return Task.CompletedTask;
    }

    ValueTask IAsyncDisposable.DisposeAsync() => new(DisposeAsync());

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        await _engine.DisposeAsync();
    }

    [Fact]
    public async Task RunOnce_RedeliveryWhileTheFirstIsInFlight_SharesItsOutcome()
    {
        var sut = CreateSut();
        var release = new TaskCompletionSource();
        var runs = 0;

        var first = sut.RunOnceAsync(Activity("1"), async () =>
        {
            Interlocked.Increment(ref runs);
            await release.Task;
            return new DeliveryOutcome(InvokeResponse.Ok("done"), DeliveryRecord.NotRecorded);
        });
        var second = sut.RunOnceAsync(Activity("1"), () =>
        {
            Interlocked.Increment(ref runs);
            return Task.FromResult(new DeliveryOutcome(InvokeResponse.Ok("again"), DeliveryRecord.NotRecorded));
        });
        release.SetResult();

        var (firstResponse, firstIsRedelivery) = await first;
        var (secondResponse, secondIsRedelivery) = await second;
        Assert.Equal(1, runs);
        Assert.False(firstIsRedelivery);
        Assert.True(secondIsRedelivery);
        Assert.Same(firstResponse, secondResponse);
    }

    [Fact]
    public async Task RunOnce_AnotherInstanceAfterTheFirst_GetsTheFirstOutcomeFromTheDatabase()
    {
        var runs = 0;
        await CreateSut().RunOnceAsync(Activity("1"), () => Run(InvokeResponse.Ok(new { answer = "primera" })));

        var (response, isRedelivery) = await CreateSut().RunOnceAsync(Activity("1"), () => Run(InvokeResponse.Ok(new { answer = "segunda" })));

        Assert.Equal(1, runs);
        Assert.True(isRedelivery);
        Assert.Equal(200, response?.Status);
        Assert.Equal("primera", Assert.IsType<System.Text.Json.JsonElement>(response?.Body).GetProperty("answer").GetString());

        Task<DeliveryOutcome> Run(InvokeResponse answer)
        {
            runs++;
            return Task.FromResult(new DeliveryOutcome(answer, DeliveryRecord.NotRecorded));
        }
    }

    [Fact]
    public async Task RunOnce_AfterAFailedTurn_RunsTheRedeliveryAgainOnAnotherInstance()
    {
        var runs = 0;
        await CreateSut().RunOnceAsync(Activity("1"), Fail);

        await CreateSut().RunOnceAsync(Activity("1"), Fail);

        Assert.Equal(2, runs);

        Task<DeliveryOutcome> Fail()
        {
            runs++;
            return Task.FromResult(new DeliveryOutcome(null, DeliveryRecord.Failed));
        }
    }

    [Fact]
    public async Task RunOnce_OnceTheTurnIsDone_KeepsNothingInMemory()
    {
        var sut = CreateSut();
        var release = new TaskCompletionSource();

        var first = sut.RunOnceAsync(Activity("1"), async () =>
        {
            await release.Task;
            return new DeliveryOutcome(InvokeResponse.Ok("done"), DeliveryRecord.NotRecorded);
        });
        var inFlight = sut.InFlight;
        release.SetResult();
        await first;
        var (_, isRedelivery) = await sut.RunOnceAsync(Activity("1"), () => throw new InvalidOperationException("ran twice"));

        Assert.Equal(1, inFlight);
        Assert.Equal(0, sut.InFlight);
        Assert.True(isRedelivery);
    }

    [Fact]
    public async Task RunOnce_WithoutActivityId_AlwaysProcesses()
    {
        var sut = CreateSut();
        var runs = 0;

        await sut.RunOnceAsync(Activity(null), () => Task.FromResult(new DeliveryOutcome(InvokeResponse.Ok(++runs), DeliveryRecord.NotRecorded)));
        await sut.RunOnceAsync(Activity(null), () => Task.FromResult(new DeliveryOutcome(InvokeResponse.Ok(++runs), DeliveryRecord.NotRecorded)));

        Assert.Equal(2, runs);
    }

    private ActivityDeduplicator CreateSut() => new(
        Options.Create(new BotFrameworkOptions()),
        new SqlProcessedActivityStore(_database, _time),
        _time,
        NullLogger<ActivityDeduplicator>.Instance);

    private static Activity Activity(string? id) => new()
    {
        Type = ActivityTypes.Message,
        Id = id,
        ChannelId = "msteams",
        Conversation = new ConversationAccount { Id = "a:1" },
    };
}
