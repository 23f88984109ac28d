using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using ServiceBot.People;
using ServiceBot.Tests.Fixtures;
using ServiceBot.WebIdentity;

namespace ServiceBot.Tests.WebIdentity;

/// <summary>Who may do what: roles from the token's app roles and from the roster, keyed by tenant + object id only.</summary>
public sealed class RoleResolutionTests : WebIdentityTestBase
{
    private const string AdminId = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d";
    private const string SupervisorId = "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e";
    private const string AgentId = "3c4d5e6f-7a8b-4c9d-8e1f-2a3b4c5d6e7f";
    private const string StrangerId = "4d5e6f7a-8b9c-4d0e-9f2a-3b4c5d6e7f8a";

    private string Token(string objectId, params string[] roles) =>
        Idp.TeamsToken("2.0", AppId, objectId, roles: roles, preferredUsername: "marta.ruiz@contoso.example");

    private async Task RosterWithTwoTeamsAsync() => await ApplyAsync(
        new RosterChange.SaveTeam("mostrador", "Mostrador"),
        new RosterChange.SaveTeam("telefono", "Teléfono"),
        new RosterChange.AddAdmin(new Person(Key(AdminId), "Marta Ruiz")),
        new RosterChange.AddSupervisor(new Person(Key(SupervisorId), "Sofía Ramos"), "mostrador"),
        new RosterChange.AssignAgent(new Person(Key(AgentId), "Ana Pérez"), "mostrador"));

    [Fact]
    public async Task AppRoles_AdminAndSupervisor_AreHonoured()
    {
        using var client = NewBrowser();

        Assert.Equal([ServiceBotRoles.Admin], Roles(await MeAsync(client, Token(StrangerId, ServiceBotRoles.AppRoleAdmin))));
        Assert.Equal([ServiceBotRoles.Supervisor], Roles(await MeAsync(client, Token(StrangerId, ServiceBotRoles.AppRoleSupervisor))));
        Assert.Empty(Roles(await MeAsync(client, Token(StrangerId, "Admin", "Supervisor", "OtherApp.Admin"))));
    }

    [Fact]
    public async Task Roster_AdminSupervisorAndAgent_AreKnownByObjectIdWithTheirTeams()
    {
        await RosterWithTwoTeamsAsync();
        using var client = NewBrowser();

        var admin = await MeAsync(client, Token(AdminId));
        var supervisor = await MeAsync(client, Token(SupervisorId));
        var agent = await MeAsync(client, Token(AgentId));
        var stranger = await MeAsync(client, Token(StrangerId));

        Assert.Equal([ServiceBotRoles.Admin], Roles(admin));
        Assert.Equal([ServiceBotRoles.Supervisor], Roles(supervisor));
        Assert.Equal(["mostrador"], supervisor.GetProperty("supervisedTeams").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal([ServiceBotRoles.Agent], Roles(agent));
        Assert.Equal("mostrador", agent.GetProperty("team").GetString());
        Assert.Empty(Roles(stranger));
    }

    [Fact]
    public async Task Roster_SameObjectIdInAnotherTenant_IsNobody()
    {
        const string OtherTenant = "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a";
        await ApplyAsync(new RosterChange.AddAdmin(new Person(new PersonKey(Guid.Parse(OtherTenant), Guid.Parse(AdminId)))));
        using var client = NewBrowser();

        Assert.Empty(Roles(await MeAsync(client, Token(AdminId))));
    }

    [Fact]
    public async Task PreferredUsernameOfAnAdmin_DoesNotMakeSomeoneElseAnAdmin()
    {
        await RosterWithTwoTeamsAsync();
        using var client = NewBrowser();

        var impostor = await MeAsync(client, Idp.TeamsToken("2.0", AppId, StrangerId, name: "Marta Ruiz", preferredUsername: "marta.ruiz@contoso.example"));

        Assert.Empty(Roles(impostor));
    }

    [Fact]
    public async Task AdminOnlyEndpoint_SupervisorsAndAgentsSignedTokens_AreRefusedWith403()
    {
        await RosterWithTwoTeamsAsync();
        using var client = NewBrowser();

        foreach (var token in new[] { Token(SupervisorId), Token(AgentId), Token(StrangerId, ServiceBotRoles.AppRoleSupervisor), Token(StrangerId) })
        {
            using var response = await client.SendAsync(Fetch("/people/roster", token));
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }

        using var asAdmin = await client.SendAsync(Fetch("/people/roster", Token(AdminId)));
        Assert.Equal(HttpStatusCode.OK, asAdmin.StatusCode);
        Assert.NotNull(asAdmin.Headers.ETag);
        var roster = await asAdmin.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["Mostrador", "Teléfono"], roster.GetProperty("teams").EnumerateArray().Select(t => t.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task AdminOnlyEndpoint_SupervisorsAndAgentsSessions_AreRefusedWith403()
    {
        await RosterWithTwoTeamsAsync();

        foreach (var (person, expected) in new[] { (SupervisorId, HttpStatusCode.Forbidden), (AgentId, HttpStatusCode.Forbidden), (AdminId, HttpStatusCode.OK) })
        {
            using var browser = NewBrowser();
            using var exchange = await ExchangeAsync(browser, Token(person));
            Assert.Equal(HttpStatusCode.OK, exchange.StatusCode);
            using var response = await browser.SendAsync(Fetch("/people/roster"));
            Assert.Equal(expected, response.StatusCode);
        }
    }

    [Fact]
    public async Task SupervisorsTeams_ASupervisorSeesTheirTeamsAnAdminSeesAll_AnAgentIsRefused()
    {
        await RosterWithTwoTeamsAsync();
        using var client = NewBrowser();

        async Task<string[]> TeamsAsync(string token)
        {
            using var response = await client.SendAsync(Fetch("/me/teams", token));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return [.. (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Select(t => t.GetProperty("id").GetString()!)];
        }

        Assert.Equal(["mostrador"], await TeamsAsync(Token(SupervisorId)));
        Assert.Equal(["mostrador", "telefono"], await TeamsAsync(Token(AdminId)));
        using var agent = await client.SendAsync(Fetch("/me/teams", Token(AgentId)));
        Assert.Equal(HttpStatusCode.Forbidden, agent.StatusCode);
    }

    [Fact]
    public async Task RosterChange_AppliesToTheNextRequestOfAnOpenSession()
    {
        using var browser = NewBrowser();
        using var exchange = await ExchangeAsync(browser, Token(StrangerId));
        using var before = await browser.SendAsync(Fetch("/people/roster"));
        Assert.Equal(HttpStatusCode.Forbidden, before.StatusCode);

        await ApplyAsync(new RosterChange.AddAdmin(new Person(Key(StrangerId))));

        using var after = await browser.SendAsync(Fetch("/people/roster"));
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task Policies_EachRoleIncludesTheOnesBelowIt()
    {
        var authorization = App.Services.GetRequiredService<IAuthorizationService>();

        async Task<bool> AllowedAsync(string policy, params string[] roles) => (await authorization.AuthorizeAsync(
            new ClaimsPrincipal(new ClaimsIdentity(roles.Select(r => new Claim(WebClaimTypes.Role, r)), "test", WebClaimTypes.Name, WebClaimTypes.Role)),
            policy)).Succeeded;

        Assert.True(await AllowedAsync(ServiceBotPolicies.Agent, ServiceBotRoles.Agent));
        Assert.True(await AllowedAsync(ServiceBotPolicies.Agent, ServiceBotRoles.Supervisor));
        Assert.True(await AllowedAsync(ServiceBotPolicies.Agent, ServiceBotRoles.Admin));
        Assert.False(await AllowedAsync(ServiceBotPolicies.Agent));
        Assert.False(await AllowedAsync(ServiceBotPolicies.Supervisor, ServiceBotRoles.Agent));
        Assert.True(await AllowedAsync(ServiceBotPolicies.Supervisor, ServiceBotRoles.Supervisor));
        Assert.True(await AllowedAsync(ServiceBotPolicies.Supervisor, ServiceBotRoles.Admin));
        Assert.False(await AllowedAsync(ServiceBotPolicies.Admin, ServiceBotRoles.Supervisor, ServiceBotRoles.Agent));
        Assert.True(await AllowedAsync(ServiceBotPolicies.Admin, ServiceBotRoles.Admin));
    }

    [Fact]
    public async Task SeenPeople_AdminFindsWhoTheBotHasSeenByName()
    {
        await RosterWithTwoTeamsAsync();
        using var client = NewBrowser();
        Channel.ChannelKeys.Add(new TestKey("channel-key-1", "msteams"));
        using var posted = await client.PostAsync(
            TestActivities.Message(Channel.ServiceUrl(), "hola"),
            TokenFactory.ChannelToken(Channel.ChannelKeys[0], AppId, Channel.ServiceUrl()));
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);

        using var response = await client.SendAsync(Fetch("/people/seen?search=ana%20perez", Token(AdminId)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var person = Assert.Single((await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray());
        Assert.Equal(TestActivities.UserId, person.GetProperty("teamsUserId").GetString());
        Assert.Equal("Ana Pérez", person.GetProperty("name").GetString());
        Assert.Equal(TenantId, person.GetProperty("tenantId").GetString());
    }
}
