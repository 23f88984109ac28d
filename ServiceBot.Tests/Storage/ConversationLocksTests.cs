using ServiceBot.Storage;

namespace ServiceBot.Tests.Storage;

public sealed class ConversationLocksTests
{
    [Fact]
    public async Task Acquire_SameKey_SecondWaitsUntilFirstIsReleased()
    {
        var sut = CreateSut();
        var first = await sut.AcquireAsync("msteams/conversations/a:1");

        var second = sut.AcquireAsync("msteams/conversations/a:1");
        Assert.False(second.IsCompleted);

        first.Dispose();
        (await second.WaitAsync(TimeSpan.FromSeconds(10))).Dispose();
        Assert.Equal(0, sut.Count);
    }

    [Fact]
    public async Task Acquire_DifferentKeys_DoNotWaitForEachOther()
    {
        var sut = CreateSut();
        using var first = await sut.AcquireAsync("a");

        var second = sut.AcquireAsync("b");

        Assert.True(second.IsCompletedSuccessfully);
        (await second).Dispose();
    }

    [Fact]
    public async Task Acquire_ManyConcurrentTurnsOnOneKey_RunOneAtATimeAndCleanUp()
    {
        var sut = CreateSut();
        var inside = 0;
        var maxInside = 0;

        await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(async () =>
        {
            using var held = await sut.AcquireAsync("k");
            var now = Interlocked.Increment(ref inside);
            InterlockedMax(ref maxInside, now);
            await Task.Yield();
            Interlocked.Decrement(ref inside);
        })));

        Assert.Equal(1, maxInside);
        Assert.Equal(0, sut.Count);
    }

    [Fact]
    public async Task Acquire_CancelledWhileWaiting_ThrowsAndLeavesNoLock()
    {
        var sut = CreateSut();
        var first = await sut.AcquireAsync("k");
        using var cancellation = new CancellationTokenSource();

        var waiting = sut.AcquireAsync("k", cancellation.Token);
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        first.Dispose();
        Assert.Equal(0, sut.Count);
    }

    [Fact]
    public async Task Release_Twice_ReleasesOnce()
    {
        var sut = CreateSut();
        var first = await sut.AcquireAsync("k");
        var second = sut.AcquireAsync("k");

        first.Dispose();
        var held = await second.WaitAsync(TimeSpan.FromSeconds(10));
        first.Dispose();

        Assert.False(sut.AcquireAsync("k").IsCompleted);
        held.Dispose();
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }

    private static ConversationLocks CreateSut() => new();
}
