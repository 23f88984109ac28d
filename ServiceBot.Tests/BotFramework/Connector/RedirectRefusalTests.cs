using System.Net;
using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.BotFramework.Connector;

/// <summary>
/// A channel or token endpoint answering with a redirect gets that answer back as a failure: the bot's HTTP clients,
/// as the host configures them, never follow a Location header with the reply, the token or the client secret.
/// </summary>
public sealed class RedirectRefusalTests : BotHostTestBase
{
    private const string Elsewhere = "/elsewhere";

    [Theory]
    [InlineData(302)]
    [InlineData(307)]
    [InlineData(308)]
    public async Task Reply_ChannelAnswersWithARedirect_IsNotFollowed(int status)
    {
        Channel.Enqueue(new ScriptedResponse(status, Location: $"{Channel.BaseUrl}{Elsewhere}/v3/conversations/x/activities"));

        var response = await Client.PostAsync(TestActivities.Message(Channel.ServiceUrl(), "hola"), ValidToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var calls = await Channel.WaitForCallsAsync(2);
        Assert.DoesNotContain(calls, call => call.Path.StartsWith(Elsewhere, StringComparison.Ordinal));
        Assert.StartsWith("/amer/", calls[0].Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AppToken_TokenEndpointAnswersWithARedirect_IsNotFollowed()
    {
        Entra.RedirectTokenRequestsTo = $"{Elsewhere}/oauth2/v2.0/token";

        var response = await Client.PostAsync(TestActivities.Message(Channel.ServiceUrl(), "hola"), ValidToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(Entra.Requests, request => request.Path.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal));
        Assert.DoesNotContain(Entra.Requests, request => request.Path.StartsWith(Elsewhere, StringComparison.Ordinal));
        Assert.DoesNotContain(Channel.Calls, call => call.Authorization is not null);
    }
}
