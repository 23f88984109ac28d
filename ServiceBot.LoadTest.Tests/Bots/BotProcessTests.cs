using ServiceBot.LoadTest.Bots;

namespace ServiceBot.LoadTest.Tests.Bots;

/// <summary>
/// Stopping a bot process twice is fine: the second stop returns the first one's figures and a second dispose does
/// nothing, so the restart can stop the first bot and its <c>await using</c> still dispose it.
/// </summary>
public sealed class BotProcessTests : IDisposable
{
    private readonly string _log = Path.Combine(Path.GetTempPath(), $"botprocess-{Guid.NewGuid():N}.log");

    [Fact]
    public async Task StoppingAndDisposingTwice_StopsOnce_AndReturnsTheSameStop()
    {
        // A library, not an app: `dotnet Npgsql.dll` exits at once with an error, a real process without a bot in it.
        var bot = BotProcess.Start(Path.Combine(AppContext.BaseDirectory, "Npgsql.dll"), new Dictionary<string, string>(), [], _log);

        var first = await bot.StopAsync();
        var second = await bot.StopAsync();
        await bot.DisposeAsync();
        await bot.DisposeAsync();

        Assert.Same(first, second);
        Assert.False(first.NeededKill);
        Assert.NotEqual(0, first.ExitCode);
        Assert.Same(first, await bot.StopAsync());
    }

    public void Dispose() => File.Delete(_log);
}
