using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ServiceBot.People;
using ServiceBot.Tests.Fixtures;
using ServiceBot.WebIdentity;

namespace ServiceBot.Tests.WebIdentity;

/// <summary>The Teams tab's single sign-on token: exchanged for the session, or sent on each call, and refused when it is not for this app.</summary>
public sealed class TeamsSsoTests : WebIdentityTestBase
{
    private const string PersonId = "7b4c9e3a-1d5f-4a8b-9c0d-3e4f5a6b7c8d";

    public static TheoryData<string, string> VersionsAndAudiences => new()
    {
        { "2.0", AppId },
        { "1.0", AppId },
        { "1.0", $"api://{Domain}/{AppId}" },
        { "1.0", $"api://{Domain}/botid-{AppId}" },
        { "2.0", $"api://{Domain}/botid-{AppId}" },
    };

    [Theory]
    [MemberData(nameof(VersionsAndAudiences))]
    public async Task Exchange_ATokenOfEachVersionAndAudience_IssuesTheSessionForThatPerson(string version, string audience)
    {
        using var browser = NewBrowser();

        using var exchange = await ExchangeAsync(browser, Idp.TeamsToken(version, audience, PersonId));

        Assert.Equal(HttpStatusCode.OK, exchange.StatusCode);
        var answered = await exchange.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(PersonId, answered.GetProperty("objectId").GetString());
        var me = await MeAsync(browser);
        Assert.Equal(PersonId, me.GetProperty("objectId").GetString());
        Assert.Equal(TenantId, me.GetProperty("tenantId").GetString());
        Assert.Equal("Sofía Ramos", me.GetProperty("name").GetString());
        Assert.Equal("teams-sso", me.GetProperty("signIn").GetString());
        Assert.False(me.GetProperty("localMode").GetBoolean());
    }

    public static TheoryData<string, string> Refused => new()
    {
        { "another app's audience", "audience" },
        { "the Microsoft Graph audience", "graph" },
        { "another tenant's issuer and tid", "tenant" },
        { "a tid that does not match the issuer", "tid" },
        { "an issuer of no tenant", "issuer" },
        { "a key the tenant does not publish", "key" },
        { "an expired token", "expired" },
        { "an app-only token (no scp)", "app-only" },
        { "another API's scope", "scope" },
        { "an unknown token version", "version" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Exchange_ATokenNotForThisAppOrTenant_IsRefusedWith401AndNoSession(string why, string kind)
    {
        using var forgery = new TestKey("people-key-1");
        const string OtherTenant = "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a";
        var token = kind switch
        {
            "audience" => Idp.TeamsToken("2.0", "0d9f8e7c-6b5a-4c3d-9e2f-1a0b9c8d7e6f", PersonId),
            "graph" => Idp.TeamsToken("1.0", "https://graph.microsoft.com", PersonId),
            "tenant" => Idp.TeamsToken("2.0", AppId, PersonId, tenantId: OtherTenant),
            "tid" => Idp.TeamsToken("2.0", AppId, PersonId, issuer: $"{Idp.BaseUrl}/{OtherTenant}/v2.0"),
            "issuer" => Idp.TeamsToken("1.0", AppId, PersonId, issuer: "https://sts.windows.net/common/"),
            "key" => Idp.TeamsToken("2.0", AppId, PersonId, key: forgery),
            "expired" => Idp.TeamsToken("2.0", AppId, PersonId, issuedAt: TimeProvider.System.GetUtcNow().AddHours(-3), lifetime: TimeSpan.FromHours(1)),
            "app-only" => Idp.TeamsToken("2.0", AppId, PersonId, scope: null, roles: [ServiceBotRoles.AppRoleAdmin]),
            "scope" => Idp.TeamsToken("2.0", AppId, PersonId, scope: "User.Read"),
            "version" => Idp.TeamsToken("3.0", AppId, PersonId),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
        using var browser = NewBrowser();

        using var exchange = await ExchangeAsync(browser, token);

        Assert.True(exchange.StatusCode == HttpStatusCode.Unauthorized, $"{why}: {exchange.StatusCode}");
        var problem = await exchange.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        Assert.False(exchange.Headers.TryGetValues("Set-Cookie", out _), why);
        using var me = await browser.SendAsync(Fetch("/me"));
        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
    }

    [Fact]
    public async Task Exchange_WithoutAToken_Is401()
    {
        using var browser = NewBrowser();

        using var exchange = await browser.PostAsync("/signin/teams", content: null);

        Assert.Equal(HttpStatusCode.Unauthorized, exchange.StatusCode);
    }

    [Fact]
    public async Task Bearer_OnAProtectedEndpoint_ServesWithoutACookie()
    {
        using var client = NewBrowser();

        var me = await MeAsync(client, Idp.TeamsToken("1.0", $"api://{Domain}/botid-{AppId}", PersonId));

        Assert.Equal(PersonId, me.GetProperty("objectId").GetString());
        Assert.Equal("teams-sso", me.GetProperty("signIn").GetString());
    }

    [Fact]
    public async Task Bearer_Invalid_Gets401WithTheReason()
    {
        using var client = NewBrowser();

        using var response = await client.SendAsync(Fetch("/me", Idp.TeamsToken("2.0", "api://elsewhere/app", PersonId)));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("refused", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BotMessages_WithTheChannelsBearerToken_AreNotReadAsAPersonsToken()
    {
        using var client = NewBrowser();
        Channel.ChannelKeys.Add(new TestKey("channel-key-1", "msteams"));
        var activity = TestActivities.Message(Channel.ServiceUrl(), "hola");

        using var response = await client.PostAsync(activity, TokenFactory.ChannelToken(Channel.ChannelKeys[0], AppId, Channel.ServiceUrl()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(Idp.Requests, r => r.Contains("well-known", StringComparison.Ordinal));
    }
}
