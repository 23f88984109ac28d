using Microsoft.Extensions.Logging.Abstractions;
using ServiceBot.Content;
using ServiceBot.Content.Loading;
using ServiceBot.Content.Model;
using ServiceBot.Tests.Content;
using ServiceBot.Understanding;

namespace ServiceBot.Tests.Understanding;

/// <summary>The classifier follows the content: an example edited in dialogs/understanding/ is understood after a reload.</summary>
public sealed class UnderstandingReloadTests
{
    private const string NewWords = "trae el turbo prendido";

    [Fact]
    public async Task Reload_WithANewExample_ChangesWhatIsUnderstood()
    {
        using var folder = new TempContentFolder();
        var loader = new ContentLoader(TimeProvider.System, [new UnderstandingSnapshotPreparer()]);
        using var store = await ContentStore.CreateAsync(folder.Path, loader, NullLogger<ContentStore>.Instance);
        var before = Understander.Understand(NewWords, UnderstandingContext.None, store.Current);

        folder.Replace("understanding/customers.yaml", "      - tiene prisa\n", $"      - tiene prisa\n      - {NewWords}\n      - anda con el turbo\n      - trae el turbo\n");
        var result = await store.ReloadAsync();
        var after = Understander.Understand(NewWords, UnderstandingContext.None, store.Current);

        Assert.Empty(result.Errors);
        Assert.NotEqual((Intent.Mood(Temperament.Hurried), UnderstandingDecision.Act), (before.Intent, before.Decision));
        Assert.Equal((Intent.Mood(Temperament.Hurried), UnderstandingDecision.Act), (after.Intent, after.Decision));
    }

    [Fact]
    public async Task Load_WithPreparer_TrainsTheSnapshotBeforeItIsReturned()
    {
        var preparer = new CountingPreparer();
        var result = await new ContentLoader(TimeProvider.System, [preparer]).LoadAsync(ContentFolders.RealDialogs);

        Assert.Same(result.Snapshot, Assert.Single(preparer.Prepared));
    }

    [Fact]
    public async Task Load_WhenAPreparerFails_RejectsTheSnapshotWithTheReason()
    {
        var result = await new ContentLoader(TimeProvider.System, [new FailingPreparer()]).LoadAsync(ContentFolders.RealDialogs);

        Assert.Null(result.Snapshot);
        Assert.Equal("training the model failed: no examples", Assert.Single(result.Errors).Message);
    }

    private sealed class CountingPreparer : IContentSnapshotPreparer
    {
        public List<ContentSnapshot> Prepared { get; } = [];

        public string Name => "counting";

        public void Prepare(ContentSnapshot snapshot) => Prepared.Add(snapshot);
    }

    private sealed class FailingPreparer : IContentSnapshotPreparer
    {
        public string Name => "training the model";

        public void Prepare(ContentSnapshot snapshot) => throw new InvalidOperationException("no examples");
    }
}
