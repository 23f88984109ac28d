using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.Hosting;

/// <summary>With no request at all (no probe), the warm-up starts once <c>WarmUp:FirstAnswerWait</c> has passed.</summary>
public sealed class WarmUpWithoutRequestsTests : BotHostTestBase
{
    protected override ServiceBotApplication CreateApplication(FakeChannelServer channel) =>
        new ServiceBotApplication(channel, AppId, Entra)
            .WithSetting("WarmUp:Enabled", "true")
            .WithSetting("WarmUp:FirstAnswerWait", "00:00:00.200");

    [Fact]
    public async Task WithoutARequest_TheWarmUpStartsAfterTheWait()
    {
        // The host was started (the client created) and has been sent nothing.
        Assert.True(await Channel.WaitForChannelMetadataRequestsAsync(1, TimeSpan.FromMinutes(1)), "the warm-up fetched the signing keys without any request");
    }
}
