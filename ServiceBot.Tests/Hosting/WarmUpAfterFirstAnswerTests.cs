using System.Net;
using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.Hosting;

/// <summary>
/// The warm-up waits, once the port is open, for the first request to be answered, so that its work does not delay that
/// answer on a small machine; the answer starts it at once (here the bound on the wait is far longer than the test).
/// </summary>
public sealed class WarmUpAfterFirstAnswerTests : BotHostTestBase
{
    protected override ServiceBotApplication CreateApplication(FakeChannelServer channel) =>
        new ServiceBotApplication(channel, AppId, Entra)
            .WithSetting("WarmUp:Enabled", "true")
            .WithSetting("WarmUp:FirstAnswerWait", "01:00:00");

    [Fact]
    public async Task TheFirstAnswer_StartsTheWarmUp()
    {
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/healthz")).StatusCode);

        Assert.True(await Channel.WaitForChannelMetadataRequestsAsync(1, TimeSpan.FromMinutes(1)), "the warm-up fetched the signing keys after the first answer");
    }
}
