using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ServiceBot.Content;
using ServiceBot.Content.Editing;
using ServiceBot.Content.Revisions;
using ServiceBot.Content.Sources;
using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.Content.Revisions;

/// <summary>
/// Two instances on one PostgreSQL database: a publish on one is used by the other's next turn within seconds; the
/// done-when of issue 15 through the studio's own API (a greeting changed and published on one host, the next agent on
/// the other gets it, then it is rolled back and the other host's next agent gets the old one).
/// </summary>
[Collection(PostgresCollectionDefinition.Name)]
[RequiresPostgres]
public sealed class TwoHostsOnPostgresTests(PostgresFixture postgres) : IAsyncLifetime
{
    private const string Marker = "Atender a la señora Pérez";
    private FakeChannelServer channel = null!;
    private ServiceBotApplication first = null!;
    private ServiceBotApplication second = null!;

    public async Task InitializeAsync()
    {
        channel = await FakeChannelServer.StartAsync();
        var connectionString = await postgres.CreateDatabaseAsync();
        first = Host(connectionString);
        _ = first.Services;
        second = Host(connectionString);
        _ = second.Services;
    }

    public async Task DisposeAsync()
    {
        await first.DisposeAsync();
        await second.DisposeAsync();
        await channel.DisposeAsync();
    }

    private ServiceBotApplication Host(string connectionString) => new ServiceBotApplication(channel, appId: null)
        .WithSetting("Storage:Provider", "Postgres")
        .WithSetting("Storage:ConnectionString", connectionString)
        .WithSetting("Content:PublishPollMilliseconds", "250");

    [PostgresFact]
    public async Task AGreetingPublishedInTheStudioOnOneHost_ReachesTheNextAgentOnTheOther_AndSoDoesItsRollback()
    {
        const string Greeting = "¡Qué gusto verle! Pase, ¿en qué le ayudo?";
        var shown = await AskForPhrasesAsync(second, "agent-before");
        var phrase = second.Services.GetRequiredService<ContentStore>().Current.Phrases.All
            .First(candidate => candidate.Moment == ServiceBot.Content.Model.Moment.Greeting && shown.Any(text => text.Contains(candidate.Text.Es, StringComparison.Ordinal)));
        using var studio = first.CreateClient();
        var live = await studio.GetFromJsonAsync<JsonElement>("/admin/api/live");
        var original = live.GetProperty("revision").GetProperty("id").GetInt64();
        var file = live.GetProperty("files").EnumerateArray()
            .Select(f => (Path: f.GetProperty("path").GetString()!, Text: f.GetProperty("text").GetString()!))
            .First(f => f.Path.StartsWith("phrases/", StringComparison.Ordinal) && YamlScalarEditor.Read(f.Text, ["phrases", phrase.Id, "text", "es"]) is not null);
        var changes = new[] { new { path = file.Path, text = YamlScalarEditor.Replace(file.Text, ["phrases", phrase.Id, "text", "es"], Greeting) } };

        using var saved = await studio.PostAsJsonAsync("/admin/api/drafts", new { parent = original, changes, summary = "Saludo más cálido" });
        var draft = (await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("revision").GetProperty("id").GetInt64();
        using var published = await studio.PostAsJsonAsync($"/admin/api/revisions/{draft}/publish", new { });
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);

        await Poll.UntilAsync(() => second.Services.GetRequiredService<ContentStore>().Current.Phrases.Find(phrase.Id)!.Text.Es == Greeting, "the other host to use the new greeting", timeoutSeconds: 10);
        Assert.Contains(await AskForPhrasesAsync(second, "agent-after"), text => text.Contains(Greeting, StringComparison.Ordinal));

        using var rolledBack = await studio.PostAsJsonAsync($"/admin/api/revisions/{original}/rollback", new { });
        Assert.Equal(HttpStatusCode.OK, rolledBack.StatusCode);
        await Poll.UntilAsync(() => second.Services.GetRequiredService<ContentStore>().Current.Phrases.Find(phrase.Id)!.Text.Es == phrase.Text.Es, "the other host to use the rolled-back greeting", timeoutSeconds: 10);
        var after = await AskForPhrasesAsync(second, "agent-rolled-back");
        Assert.DoesNotContain(after, text => text.Contains(Greeting, StringComparison.Ordinal));
        Assert.Contains(after, text => text.Contains(phrase.Text.Es, StringComparison.Ordinal));
    }

    private async Task<IReadOnlyList<string>> AskForPhrasesAsync(ServiceBotApplication host, string conversation)
    {
        using var client = host.CreateClient();
        return await TypedPhrasesRequest.SendAsync(client, channel, conversation);
    }

    [PostgresFact]
    public async Task PublishOnOneHost_TheOtherHostsNextTurnUsesIt()
    {
        var publisher = first.Services.GetRequiredService<ContentPublisher>();
        var (live, files) = (await publisher.GetLiveAsync())!.Value;
        Assert.Equal(live, await second.Services.GetRequiredService<IContentRevisionStore>().GetLiveIdAsync());
        var ui = files.Find("texts/ui.yaml")!.TryGetText()!;
        var edited = files.With(ContentFile.FromText("texts/ui.yaml", YamlScalarEditor.Replace(ui, ["texts", "menu.newService", "es"], Marker)));

        await publisher.SaveAndPublishAsync(new NewContentRevision(edited, live, "ana@contoso.com", "Menu wording", ContentOrigin.Studio));

        var secondStore = second.Services.GetRequiredService<ContentStore>();
        await Poll.UntilAsync(() => secondStore.Current.Ui.Texts["menu.newService"].Es == Marker, "the other host to use the published revision", timeoutSeconds: 10);
        using var client = second.CreateClient();
        var response = await client.PostAsync(TestActivities.Message(channel.ServiceUrl(), "menú"), token: null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var calls = await channel.WaitForCallsAsync(1);
        Assert.Contains(calls, call => call.Body.Contains(Marker, StringComparison.Ordinal));
    }
}
