using System.Net;
using ServiceBot.WebIdentity;

namespace ServiceBot.Tests.WebIdentity;

/// <summary>Local mode (no app id, Development, loopback): pages open without sign-in as the local person, and say so.</summary>
public sealed class LocalModeWebTests : WebIdentityTestBase
{
    protected override string? BotAppId => null;

    [Fact]
    public async Task Me_WithoutSignIn_IsTheLocalPersonWithEveryRoleAndTheLocalModeHeader()
    {
        using var browser = NewBrowser();

        using var response = await browser.SendAsync(Fetch("/me"));
        var me = await MeAsync(browser);

        Assert.Equal("true", response.Headers.GetValues(LocalModeBanner.HeaderName).Single());
        Assert.True(me.GetProperty("localMode").GetBoolean());
        Assert.Equal("local", me.GetProperty("signIn").GetString());
        Assert.Equal([ServiceBotRoles.Admin, ServiceBotRoles.Agent, ServiceBotRoles.Supervisor], Roles(me));
    }

    [Fact]
    public async Task AdminOnlyEndpointAndSignInPage_OpenWithoutSignIn()
    {
        using var browser = NewBrowser();

        using var roster = await browser.SendAsync(Navigation("/people/roster"));
        using var signIn = await browser.SendAsync(Navigation("/signin?returnUrl=%2Fpeople%2Froster"));

        Assert.Equal(HttpStatusCode.OK, roster.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/people/roster", signIn.Headers.Location!.ToString());
        Assert.Empty(Idp.Requests);
    }

    [Fact]
    public async Task Pages_CarryTheLocalModeBanner()
    {
        using var browser = NewBrowser();

        using var page = await browser.SendAsync(Navigation("/signin/teams"));

        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("data-local-mode=\"true\"", html, StringComparison.Ordinal);
        Assert.Contains("Modo local", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TeamsExchange_InLocalMode_AnswersTheLocalPersonWithoutACookie()
    {
        using var browser = NewBrowser();

        using var exchange = await ExchangeAsync(browser, "not-a-token");

        Assert.Equal(HttpStatusCode.OK, exchange.StatusCode);
        Assert.False(exchange.Headers.TryGetValues("Set-Cookie", out _));
    }
}
