using Microsoft.Extensions.DependencyInjection;
using ServiceBot.Content;
using ServiceBot.Content.Revisions;
using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.Content.Revisions;

/// <summary>A watched folder with the database as the source: a valid edit becomes a published revision, an invalid one nothing.</summary>
public sealed class WatchedFolderRevisionTests : IAsyncLifetime, IDisposable
{
    private readonly TempContentFolder folder = new();
    private FakeChannelServer channel = null!;
    private ServiceBotApplication app = null!;

    public async Task InitializeAsync()
    {
        channel = await FakeChannelServer.StartAsync();
        app = new ServiceBotApplication(channel, appId: null)
            .WithSetting("Content:Folder", folder.Path)
            .WithSetting("Content:Watch", "true")
            .WithSetting("Content:ReloadDebounceMilliseconds", "100");
        _ = app.Services;
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await channel.DisposeAsync();
    }

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task ValidEdit_IsSavedAndPublishedAsARevisionFromTheFolder()
    {
        var store = app.Services.GetRequiredService<ContentStore>();
        var revisions = app.Services.GetRequiredService<IContentRevisionStore>();
        var seed = await revisions.GetLiveIdAsync();
        var original = store.Current.Ui.Texts["menu.help"].Es;

        folder.Replace("texts/ui.yaml", $"    es: {original}\n", "    es: Ayuda rápida\n");

        await Poll.UntilAsync(() => store.Current.Ui.Texts["menu.help"].Es == "Ayuda rápida", "the folder edit to be live");
        var live = await revisions.GetAsync((await revisions.GetLiveIdAsync())!.Value);
        Assert.Equal(ContentOrigin.Folder, live!.Origin);
        Assert.Equal(seed, live.Parent);
    }

    [Fact]
    public async Task InvalidEdit_PublishesNothing()
    {
        var store = app.Services.GetRequiredService<ContentStore>();
        var revisions = app.Services.GetRequiredService<IContentRevisionStore>();
        var seed = await revisions.GetLiveIdAsync();
        var hash = store.Current.Version.Hash;

        folder.Write("phrases/broken.yaml", "phrases:\n  - id: [\n");
        await Poll.UntilAsync(() => app.Logs.Entries.Any(entry => entry.Message.Contains("nothing was published", StringComparison.Ordinal)), "the rejected edit to be logged");

        Assert.Equal(seed, await revisions.GetLiveIdAsync());
        Assert.Equal(hash, store.Current.Version.Hash);
    }
}
