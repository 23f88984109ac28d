using Microsoft.Extensions.Logging.Abstractions;
using ServiceBot.Content;
using ServiceBot.Content.Loading;

namespace ServiceBot.Tests.Content;

public class ContentStoreCreationTests
{
    private static Task<ContentStore> Create(TempContentFolder folder) =>
        ContentStore.CreateAsync(folder.Path, new ContentLoader(TimeProvider.System), NullLogger<ContentStore>.Instance);

    [Fact]
    public async Task BeginThenWait_CreatesOnceOffTheCallersThread()
    {
        using var folder = new TempContentFolder();
        var calls = 0;
        var creatingThread = -1;
        var creation = new ContentStoreCreation(() =>
        {
            Interlocked.Increment(ref calls);
            creatingThread = Environment.CurrentManagedThreadId;
            return Create(folder);
        });

        creation.Begin();
        creation.Begin();
        using var store = await Task.Run(creation.Wait);

        Assert.Same(store, creation.Wait());
        Assert.Equal(1, calls);
        Assert.NotEqual(Environment.CurrentManagedThreadId, creatingThread);
    }

    [Fact]
    public void Wait_WithInvalidContent_ThrowsTheFileLineListEveryTime()
    {
        using var folder = new TempContentFolder("missing-language");
        var creation = new ContentStoreCreation(() => Create(folder));

        creation.Begin();

        const string Error = "phrases/zz-language.yaml:8:7: text has no English (en) version";
        Assert.Contains(Error, Assert.Throws<ContentLoadException>(creation.Wait).Message, StringComparison.Ordinal);
        Assert.Contains(Error, Assert.Throws<ContentLoadException>(creation.Wait).Message, StringComparison.Ordinal);
    }
}
