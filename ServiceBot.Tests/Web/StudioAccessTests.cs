using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ServiceBot.People;
using ServiceBot.Tests.WebIdentity;
using ServiceBot.WebIdentity;

namespace ServiceBot.Tests.Web;

/// <summary>The studio is for admins only: really signed Teams tokens of a supervisor and an agent are refused.</summary>
public sealed class StudioAccessTests : WebIdentityTestBase
{
    private const string AdminId = "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d";
    private const string SupervisorId = "6b7c8d9e-0f1a-4b2c-9d3e-4f5a6b7c8d9e";
    private const string AgentId = "7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f";

    private string Token(string objectId, params string[] roles) => Idp.TeamsToken("2.0", AppId, objectId, roles: roles);

    private Task RosterAsync() => ApplyAsync(
        new RosterChange.SaveTeam("mostrador", "Mostrador"),
        new RosterChange.AddAdmin(new Person(Key(AdminId), "Marta Ruiz")),
        new RosterChange.AddSupervisor(new Person(Key(SupervisorId), "Sofía Ramos"), "mostrador"),
        new RosterChange.AssignAgent(new Person(Key(AgentId), "Ana Pérez"), "mostrador"));

    [Theory]
    [InlineData("/admin/api/live")]
    [InlineData("/admin/api/revisions")]
    [InlineData("/admin/api/misses")]
    public async Task Api_SupervisorAndAgentTokens_AreRefused_AndTheAdminsServed(string path)
    {
        await RosterAsync();
        using var client = NewBrowser();

        foreach (var token in new[] { Token(SupervisorId), Token(AgentId), Token(SupervisorId, ServiceBotRoles.AppRoleSupervisor) })
        {
            using var refused = await client.SendAsync(Fetch(path, token));
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        using var anonymous = await client.SendAsync(Fetch(path));
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        using var admin = await client.SendAsync(Fetch(path, Token(AdminId)));
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
        using var appRoleAdmin = await client.SendAsync(Fetch(path, Token(SupervisorId, ServiceBotRoles.AppRoleAdmin)));
        Assert.Equal(HttpStatusCode.OK, appRoleAdmin.StatusCode);
    }

    [Fact]
    public async Task Publish_AsASupervisor_IsRefused_AndNothingChanges()
    {
        await RosterAsync();
        using var client = NewBrowser();
        using var live = await client.SendAsync(Fetch("/admin/api/live", Token(AdminId)));
        var revision = (await live.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("revision").GetProperty("id").GetInt64();

        var request = Fetch($"/admin/api/revisions/{revision}/rollback", Token(SupervisorId));
        request.Method = HttpMethod.Post;
        request.Content = JsonContent.Create(new { });
        using var refused = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        using var after = await client.SendAsync(Fetch("/admin/api/live", Token(AdminId)));
        Assert.Equal(revision, (await after.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("revision").GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task Page_InTheTeamsTabWithoutASession_GoesToTheTeamsSignIn()
    {
        using var browser = NewBrowser();

        using var response = await browser.SendAsync(Navigation("/admin?inTeams=true"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/signin/teams", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_AsAnAdminsSession_IsServedWithItsScript()
    {
        await RosterAsync();
        using var browser = NewBrowser();
        using var exchange = await ExchangeAsync(browser, Token(AdminId));

        using var page = await browser.SendAsync(Navigation("/admin?inTeams=true"));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("/assets/studio.js", html, StringComparison.Ordinal);
        Assert.Contains("/assets/teams-tab.js", html, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }
}

/// <summary>Local mode: the studio opens without sign-in (every role is open on this computer), with the banner.</summary>
public sealed class StudioLocalModeTests : WebIdentityTestBase
{
    protected override string? BotAppId => null;

    [Fact]
    public async Task Page_OpensWithoutSignIn_WithTheLocalModeBanner()
    {
        using var browser = NewBrowser();

        using var page = await browser.SendAsync(Navigation("/admin"));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("data-local-mode", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_BadInput_GetsAClearAnswer()
    {
        using var browser = NewBrowser();
        using var live = await browser.SendAsync(Fetch("/admin/api/live"));
        var revision = (await live.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("revision").GetProperty("id").GetInt64();

        using var outside = await browser.PostAsJsonAsync("/admin/api/check", new { parent = revision, changes = new[] { new { path = "../secrets.yaml", text = "x" } } });
        using var missing = await browser.PostAsJsonAsync("/admin/api/check", new { parent = 999_999, changes = Array.Empty<object>() });
        using var malformed = await browser.PostAsync("/admin/api/check", new StringContent("{ not json", System.Text.Encoding.UTF8, "application/json"));
        using var noSummary = await browser.PostAsJsonAsync("/admin/api/drafts", new { parent = revision, changes = Array.Empty<object>(), summary = " " });

        Assert.Equal(HttpStatusCode.BadRequest, outside.StatusCode);
        Assert.Contains("not a content file", await outside.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noSummary.StatusCode);
    }
}
