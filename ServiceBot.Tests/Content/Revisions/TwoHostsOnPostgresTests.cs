using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ServiceBot.Content;
using ServiceBot.Content.Editing;
using ServiceBot.Content.Revisions;
using ServiceBot.Content.Sources;
using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.Content.Revisions;

/// <summary>Two instances on one PostgreSQL database: a publish on one is used by the other's next turn within seconds.</summary>
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
