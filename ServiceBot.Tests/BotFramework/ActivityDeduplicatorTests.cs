using Microsoft.Extensions.Options;
using ServiceBot.BotFramework;
using ServiceBot.BotFramework.Schema;
using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.BotFramework;

public sealed class ActivityDeduplicatorTests
{
    private readonly ManualTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

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
            return InvokeResponse.Ok("done");
        });
        var second = sut.RunOnceAsync(Activity("1"), () =>
        {
            Interlocked.Increment(ref runs);
            return Task.FromResult<InvokeResponse?>(InvokeResponse.Ok("again"));
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
    public async Task RunOnce_AfterTheWindow_ProcessesAgain()
    {
        var sut = CreateSut();
        var runs = 0;

        await sut.RunOnceAsync(Activity("1"), Count);
        _time.Advance(TimeSpan.FromMinutes(11));
        var (_, isRedelivery) = await sut.RunOnceAsync(Activity("1"), Count);

        Assert.Equal(2, runs);
        Assert.False(isRedelivery);

        Task<InvokeResponse?> Count()
        {
            runs++;
            return Task.FromResult<InvokeResponse?>(null);
        }
    }

    [Fact]
    public async Task RunOnce_WithoutActivityId_AlwaysProcesses()
    {
        var sut = CreateSut();
        var runs = 0;

        await sut.RunOnceAsync(Activity(null), () => Task.FromResult<InvokeResponse?>(InvokeResponse.Ok(++runs)));
        await sut.RunOnceAsync(Activity(null), () => Task.FromResult<InvokeResponse?>(InvokeResponse.Ok(++runs)));

        Assert.Equal(2, runs);
    }

    private ActivityDeduplicator CreateSut() => new(Options.Create(new BotFrameworkOptions()), _time);

    private static Activity Activity(string? id) => new()
    {
        Type = ActivityTypes.Message,
        Id = id,
        ChannelId = "msteams",
        Conversation = new ConversationAccount { Id = "a:1" },
    };
}
