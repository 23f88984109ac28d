using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ServiceBot.Proactive;
using ServiceBot.Storage;
using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.Hosting;

/// <summary>The host's stop writes what is still waiting before the storage it writes to is closed.</summary>
public sealed class StopOrderTests
{
    [Fact]
    public async Task Stop_WithSentMarksWaiting_WritesThemBeforeTheGroupCommitCloses()
    {
        await using var channel = await FakeChannelServer.StartAsync();
        var app = new ServiceBotApplication(channel)
        {
            // A window longer than the test: the marks are still waiting when the host is disposed, as after a reply
            // sent in the last 20 ms before a SIGTERM.
            TestServices = services => services.AddSingleton(provider => new OutboxSentMarks(
                provider.GetRequiredService<IOutboxStore>(), provider.GetRequiredService<ILogger<OutboxSentMarks>>()) { Window = TimeSpan.FromHours(1) }),
        };
        try
        {
            using var client = app.CreateClient();
            Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode);
            // The turn store (and with it SQLite's group commit) is resolved once a turn needs it, after the hosted services.
            _ = app.Services.GetRequiredService<ITurnStore>();
            app.Services.GetRequiredService<OutboxSentMarks>().Add("row-sent-just-before-the-stop", TimeProvider.System.GetUtcNow());
        }
        finally
        {
            await app.DisposeAsync();
        }

        Assert.DoesNotContain(app.Logs.Entries, entry => entry.Level >= LogLevel.Error || entry.Exception is ObjectDisposedException);
    }
}
