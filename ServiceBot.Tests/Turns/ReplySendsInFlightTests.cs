using ServiceBot.Turns;

namespace ServiceBot.Tests.Turns;

public sealed class ReplySendsInFlightTests
{
    [Fact]
    public async Task Stop_WithASendRunning_WaitsForIt()
    {
        var sut = new ReplySendsInFlight();
        var send = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        sut.Track(send.Task);

        var stop = sut.StopAsync(CancellationToken.None);
        await Task.Delay(50);
        Assert.False(stop.IsCompleted);

        send.SetException(new HttpRequestException("the channel failed"));
        await stop.WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task Stop_WhenTheShutdownTimeoutEnds_ReturnsWithoutTheSend()
    {
        var sut = new ReplySendsInFlight();
        sut.Track(new TaskCompletionSource().Task);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        await sut.StopAsync(timeout.Token).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(1, sut.Count);
    }
}
