using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ServiceBot.People;
using ServiceBot.Tests.WebIdentity;

namespace ServiceBot.Tests.Web;

/// <summary>Editing the roster through the studio's API, as an admin with a really signed token.</summary>
public sealed class RosterEditingTests : WebIdentityTestBase
{
    private const string AdminId = "8d9e0f1a-2b3c-4d4e-9f5a-6b7c8d9e0f1a";
    private const string NewAgentId = "9e0f1a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b";

    private string AdminToken => Idp.TeamsToken("2.0", AppId, AdminId);

    private async Task<HttpResponseMessage> PostAsync(HttpClient client, object body)
    {
        var request = Fetch("/admin/api/roster", AdminToken);
        request.Method = HttpMethod.Post;
        request.Content = JsonContent.Create(body);
        return await client.SendAsync(request);
    }

    private async Task<string> ETagAsync(HttpClient client)
    {
        using var response = await client.SendAsync(Fetch("/people/roster", AdminToken));
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("eTag").GetString()!;
    }

    [Fact]
    public async Task Admin_CreatesATeamAndAssignsAnAgentByObjectId_TheRosterSaysSo()
    {
        await ApplyAsync(new RosterChange.AddAdmin(new Person(Key(AdminId), "Marta Ruiz")));
        using var client = NewBrowser();

        using var response = await PostAsync(client, new
        {
            etag = await ETagAsync(client),
            changes = new object[]
            {
                new { kind = "saveTeam", teamId = "telefono", name = "Teléfono" },
                new { kind = "assignAgent", teamId = "telefono", objectId = NewAgentId, displayName = "Luis Gómez" },
            },
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var team = await Roster.GetTeamOfAgentAsync(Key(NewAgentId));
        Assert.Equal("telefono", team?.Id);
    }

    [Fact]
    public async Task StaleETag_IsAConflict_AndBadInputIsExplained()
    {
        await ApplyAsync(new RosterChange.AddAdmin(new Person(Key(AdminId), "Marta Ruiz")));
        using var client = NewBrowser();
        var stale = await ETagAsync(client);
        await ApplyAsync(new RosterChange.SaveTeam("mostrador", "Mostrador"));

        using var conflict = await PostAsync(client, new { etag = stale, changes = new[] { new { kind = "saveTeam", teamId = "caja", name = "Caja" } } });
        using var noGuid = await PostAsync(client, new { etag = await ETagAsync(client), changes = new[] { new { kind = "addAdmin", objectId = "marta" } } });
        using var unknownTeam = await PostAsync(client, new { etag = await ETagAsync(client), changes = new[] { new { kind = "assignAgent", teamId = "nada", objectId = NewAgentId } } });

        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noGuid.StatusCode);
        Assert.Contains("object id", await noGuid.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, unknownTeam.StatusCode);
    }

    [Fact]
    public async Task Admin_SetsAnAgentsPlace_TheRosterShowsIt_AndABadPlaceIsExplained()
    {
        await ApplyAsync(new RosterChange.AddAdmin(new Person(Key(AdminId), "Marta Ruiz")));
        await ApplyAsync(new RosterChange.SaveTeam("mostrador", "Mostrador"), new RosterChange.AssignAgent(new Person(Key(NewAgentId), "Luis Gómez"), "mostrador"));
        using var client = NewBrowser();

        using var set = await PostAsync(client, new { etag = await ETagAsync(client), changes = new[] { new { kind = "setPlace", objectId = NewAgentId, place = " Ventanilla 3 " } } });
        using var tooLong = await PostAsync(client, new { etag = await ETagAsync(client), changes = new[] { new { kind = "setPlace", objectId = NewAgentId, place = new string('x', RosterChangeRules.MaxPlaceLength + 1) } } });
        using var twoLines = await PostAsync(client, new { etag = await ETagAsync(client), changes = new[] { new { kind = "setPlace", objectId = NewAgentId, place = "Ventanilla 3\nPiso 2" } } });

        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains($"at most {RosterChangeRules.MaxPlaceLength} characters", await tooLong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, twoLines.StatusCode);
        Assert.Contains("line breaks", await twoLines.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("Ventanilla 3", await Roster.GetPlaceAsync(Key(NewAgentId)));
        Assert.Equal("Ventanilla 3", await PlaceListedAsync(client, NewAgentId));

        using var cleared = await PostAsync(client, new { etag = await ETagAsync(client), changes = new[] { new { kind = "setPlace", objectId = NewAgentId, place = "" } } });
        Assert.Equal(HttpStatusCode.OK, cleared.StatusCode);
        Assert.Null(await PlaceListedAsync(client, NewAgentId));
    }

    /// <summary>The place <c>GET /people/roster</c> lists for an agent.</summary>
    private async Task<string?> PlaceListedAsync(HttpClient client, string objectId)
    {
        using var response = await client.SendAsync(Fetch("/people/roster", AdminToken));
        var roster = await response.Content.ReadFromJsonAsync<JsonElement>();
        var agent = roster.GetProperty("teams").EnumerateArray()
            .SelectMany(team => team.GetProperty("agents").EnumerateArray())
            .Single(p => p.GetProperty("objectId").GetString() == objectId);
        return agent.GetProperty("place").GetString();
    }
}
