using System.Net;
using ServiceBot.BotFramework.Authentication;
using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.BotFramework.Authentication;

/// <summary>
/// A channel sends one token with many activities, and the bot keeps a token it has validated (<see cref="ValidatedTokens"/>).
/// Each test has the token accepted once, then sends it again where it must no longer pass.
/// </summary>
public sealed class ReusedChannelTokenTests : BotHostTestBase
{
    [Fact]
    public async Task AcceptedToken_OnAnActivityOfAChannelItsKeyIsNotEndorsedFor_Returns401()
    {
        var token = ValidToken();
        await AssertAcceptedAsync(token);

        var response = await Client.PostAsync(TestActivities.Message(Channel.ServiceUrl(), "hola", channelId: "webchat"), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task AcceptedToken_OnAnActivityNamingAnotherServiceUrl_Returns401()
    {
        var token = ValidToken();
        await AssertAcceptedAsync(token);

        var response = await Client.PostAsync(TestActivities.Message("https://attacker.example.com/", "hola"), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task AcceptedToken_AfterItsKeyIsWithdrawn_Returns401()
    {
        var token = ValidToken();
        await AssertAcceptedAsync(token);
        var withdrawn = ChannelKey;
        var next = new TestKey("channel-key-2", "msteams");
        Channel.ChannelKeys.Add(next);
        Channel.ChannelKeys.Remove(withdrawn);

        // A token under the new key makes the bot read the keys again; the withdrawn key is no longer among them.
        await AssertAcceptedAsync(TokenFactory.ChannelToken(next, ServiceBotApplication.TestAppId, Channel.ServiceUrl()));
        var response = await Client.PostAsync(TestActivities.Message(Channel.ServiceUrl(), "hola"), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task AcceptedToken_OnceExpiredBeyondTheClockSkew_Returns401()
    {
        // Accepted within the 5 minutes' skew, for 20 more seconds (the token handler checks against the system clock;
        // a host's first request on busy cores can take several seconds, and the token must still pass then).
        var lifetime = TimeSpan.FromMinutes(10);
        var issuedAt = TimeProvider.System.GetUtcNow() - lifetime - AuthenticationConstants.ClockSkew + TimeSpan.FromSeconds(20);
        var token = TokenFactory.ChannelToken(ChannelKey, ServiceBotApplication.TestAppId, Channel.ServiceUrl(), lifetime: lifetime, issuedAt: issuedAt);
        await AssertAcceptedAsync(token);

        var expired = issuedAt + lifetime + AuthenticationConstants.ClockSkew;
        while (TimeProvider.System.GetUtcNow() <= expired.AddSeconds(1))
        {
            await Task.Delay(200);
        }

        var response = await Client.PostAsync(TestActivities.Message(Channel.ServiceUrl(), "hola"), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private async Task AssertAcceptedAsync(string token)
    {
        var response = await Client.PostAsync(TestActivities.Message(Channel.ServiceUrl(), "hola"), token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
