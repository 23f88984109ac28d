using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ServiceBot.BotFramework.Authentication;
using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.BotFramework.Authentication;

/// <summary>
/// The warm-up's token validation rehearsal (<see cref="BotTokenAuthenticator.RehearseAsync"/>) on the whole host: it
/// completes (its made-up token fails only its signature check), and afterwards real tokens are judged as before — the
/// channel's own is accepted, one naming the rehearsal's key id is not.
/// </summary>
public sealed class TokenValidationRehearsalTests : BotHostTestBase
{
    [Fact]
    public async Task Rehearsal_Completes_AndLeavesNothingThatAcceptsATokenLater()
    {
        var authenticator = App.Services.GetRequiredService<BotTokenAuthenticator>();

        await authenticator.RehearseAsync();
        await authenticator.RehearseAsync();

        using var rehearsalKeyId = new TestKey("warm-up", "msteams");
        var impostor = TokenFactory.ChannelToken(rehearsalKeyId, ServiceBotApplication.TestAppId, Channel.ServiceUrl());
        Assert.Equal(HttpStatusCode.Unauthorized, (await Client.PostAsync(TestActivities.Message(Channel.ServiceUrl(), "hola"), impostor)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Client.PostAsync(TestActivities.Message(Channel.ServiceUrl(), "hola"), ValidToken())).StatusCode);
    }
}
