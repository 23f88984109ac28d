using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ServiceBot.Content;
using ServiceBot.Content.Loading;

namespace ServiceBot.Tests.Content;

/// <summary>A real folder, a real FileSystemWatcher and the real debounce timer.</summary>
public sealed class ContentWatcherTests : IDisposable
{
    private const string Farewell = "phrases/farewell.yaml";
    private const string Original = "es: Feliz noche; que descanse.";
    private readonly TempContentFolder folder = new();
    private readonly List<ContentWatcher> watchers = [];
    private readonly List<ContentStore> stores = [];

    public void Dispose()
    {
        watchers.ForEach(watcher => watcher.Dispose());
        stores.ForEach(store => store.Dispose());
        folder.Dispose();
    }

    private async Task<ContentStore> StartAsync(int debounceMilliseconds)
    {
        var store = await ContentStore.CreateAsync(folder.Path, new ContentLoader(TimeProvider.System), NullLogger<ContentStore>.Instance);
        stores.Add(store);
        var options = Options.Create(new ContentOptions { ReloadDebounceMilliseconds = debounceMilliseconds });
        var sut = new ContentWatcher(store, options, TimeProvider.System, NullLogger<ContentWatcher>.Instance);
        watchers.Add(sut);
        await sut.StartAsync(CancellationToken.None);
        return store;
    }

    private static string EveningFarewell(ContentStore store) => store.Current.Phrases.Find("farewell-evening-1")!.Text.Es;

    [Fact]
    public async Task Stop_AfterDispose_DoesNothing()
    {
        await StartAsync(debounceMilliseconds: 200);
        var sut = watchers[^1];
        sut.Dispose();

        await sut.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task ValidEdit_IsLiveWithinSeconds()
    {
        var store = await StartAsync(debounceMilliseconds: 200);

        folder.Replace(Farewell, Original, "es: Feliz noche; descanse mucho.");

        await Poll.UntilAsync(() => EveningFarewell(store) == "Feliz noche; descanse mucho.", "the edited phrase to be live");
        Assert.Empty(store.LastErrors);
    }

    [Fact]
    public async Task InvalidEdit_IsRejected_OldContentStaysLive_UntilFixed()
    {
        var store = await StartAsync(debounceMilliseconds: 200);
        var before = store.Current;

        folder.Replace(Farewell, Original, "es: Feliz noche: que descanse.");
        await Poll.UntilAsync(() => store.LastErrors.Count > 0, "the broken edit to be rejected");

        Assert.Same(before, store.Current);
        Assert.Equal("Feliz noche; que descanse.", EveningFarewell(store));
        var error = Assert.Single(store.LastErrors);
        Assert.Equal(Farewell, error.File);
        Assert.Contains("es: Feliz noche: que descanse.", folder.Read(Farewell).Split('\n')[error.Line - 1], StringComparison.Ordinal);

        folder.Replace(Farewell, "es: Feliz noche: que descanse.", "es: Feliz noche, que descanse.");
        await Poll.UntilAsync(() => EveningFarewell(store) == "Feliz noche, que descanse.", "the fixed edit to be live");
        Assert.Empty(store.LastErrors);
    }

    [Fact]
    public async Task BurstOfEdits_ReloadsOnce()
    {
        const int debounce = 1500;
        var store = await StartAsync(debounce);
        var reloads = 0;
        store.ReloadCompleted += (_, _) => Interlocked.Increment(ref reloads);
        var text = folder.Read(Farewell);

        // Saves 50 ms apart, like an editor saving repeatedly: well inside the debounce, far apart for the watcher.
        for (var i = 1; i <= 10; i++)
        {
            folder.Write(Farewell, text.Replace(Original, $"es: Feliz noche, edición {i}.", StringComparison.Ordinal));
            await Task.Delay(50);
        }

        // The snapshot is live a moment before ReloadCompleted is raised, so wait for both.
        await Poll.UntilAsync(
            () => EveningFarewell(store) == "Feliz noche, edición 10." && Volatile.Read(ref reloads) > 0,
            "the last edit of the burst to be live and its reload reported");
        Assert.Equal(1, Volatile.Read(ref reloads));

        // A reload that arrived late would be a second one; give it the time a missed debounce would take.
        await Task.Delay(debounce * 2);
        Assert.Equal(1, Volatile.Read(ref reloads));
    }
}
