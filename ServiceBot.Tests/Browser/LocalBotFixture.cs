namespace ServiceBot.Tests.Browser;

/// <summary>
/// One bot in local mode for a whole test class (<c>IClassFixture</c>): a host of its own on a loopback port, or the
/// bot already running at <see cref="ServedServiceBot.TargetVariable"/>. Not started where the browser tests are skipped.
/// </summary>
public sealed class LocalBotFixture : IAsyncLifetime
{
    private ServedServiceBot? _bot;

    public ServedServiceBot Bot => _bot ?? throw new InvalidOperationException(
        BrowserTestEnvironment.MissingReason ?? "The local bot did not start; see the fixture's error.");

    public async Task InitializeAsync()
    {
        if (BrowserTestEnvironment.SkipReason is null)
        {
            _bot = await ServedServiceBot.StartOrAttachAsync();
        }
    }

    public async Task DisposeAsync()
    {
        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }
    }
}
