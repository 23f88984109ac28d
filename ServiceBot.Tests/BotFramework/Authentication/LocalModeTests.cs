using System.Net;
using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.BotFramework.Authentication;

/// <summary>No app id: the Emulator's mode, in Development on loopback only.</summary>
public sealed class LocalModeTests : BotHostTestBase
{
    protected override string? AppId => null;

    [Fact]
    public async Task Post_WithoutToken_RepliesWithoutSendingAToken()
    {
        var response = await Client.PostAsync(TestActivities.Message(Channel.ServiceUrl(), "hola"), token: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(Assert.Single(await Channel.WaitForCallsAsync(1)).Authorization);
    }

    [Fact]
    public async Task Post_WithATokenItCannotValidate_Returns401()
    {
        var response = await Client.PostAsync(TestActivities.Message(Channel.ServiceUrl(), "hola"), ValidToken());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
