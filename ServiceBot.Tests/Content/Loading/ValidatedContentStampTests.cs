using ServiceBot.Content.Loading;

namespace ServiceBot.Tests.Content.Loading;

public sealed class ValidatedContentStampTests : IDisposable
{
    private readonly TempStamp _stamp = new();

    public void Dispose() => _stamp.Dispose();

    [Fact]
    public async Task Load_TheStampedFiles_SkipsTheChecks()
    {
        // Only 'content validate' writes a stamp, and only for files that passed; stamping files that do not pass shows
        // that a load of exactly the stamped files does not check them again.
        using var folder = new TempContentFolder("placeholder-mismatch");
        var files = await TempStamp.ReadAsync(folder.Path);
        Assert.NotEmpty((await new ContentLoader(new FixedTimeProvider(TempStamp.Now)).LoadAsync(files)).Errors);

        var result = await _stamp.LoaderTrusting(files).LoadAsync(files);

        Assert.Empty(result.Errors);
        Assert.Equal(files.Hash, result.Snapshot?.Version.Hash);
    }

    [Fact]
    public async Task Load_OneByteChangedAfterTheStamp_IsCheckedInFullWithFileAndLine()
    {
        using var folder = new TempContentFolder();
        var loader = _stamp.LoaderTrusting(await TempStamp.ReadAsync(folder.Path));
        foreach (var file in Directory.EnumerateFiles(ContentFolders.Fixture("broken-reference"), "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(ContentFolders.Fixture("broken-reference"), file);
            folder.Write(relative, File.ReadAllText(file));
        }

        var result = await loader.LoadAsync(folder.Path);

        Assert.Null(result.Snapshot);
        var error = Assert.Single(result.Errors);
        Assert.Equal(("playbooks/zz-reference.yaml", 26, 22), (error.File, error.Line, error.Column));
    }

    [Fact]
    public async Task Load_RealDialogsStamped_BuildsTheSameSnapshotAsTheFullLoad()
    {
        var files = await TempStamp.ReadAsync(ContentFolders.RealDialogs);

        var trusted = (await _stamp.LoaderTrusting(files).LoadAsync(files)).Snapshot;
        var full = (await new ContentLoader(new FixedTimeProvider(TempStamp.Now)).LoadAsync(files)).Snapshot;

        Assert.NotNull(trusted);
        Assert.NotNull(full);
        Assert.Equal(full.Version, trusted.Version);
        Assert.Equal(full.Playbooks.Select(playbook => playbook.Id), trusted.Playbooks.Select(playbook => playbook.Id));
        Assert.Equal(full.Phrases.All.Select(phrase => phrase.Id), trusted.Phrases.All.Select(phrase => phrase.Id));
    }

    [Fact]
    public async Task Read_AStampOfAnotherBuild_IsNotTrusted()
    {
        var files = await TempStamp.ReadAsync(ContentFolders.RealDialogs);
        ValidatedContentStamp.Write(_stamp.Path, files);
        var lines = File.ReadAllLines(_stamp.Path);
        File.WriteAllLines(_stamp.Path, lines.Select(line => line.StartsWith("build ", StringComparison.Ordinal) ? "build " + Guid.NewGuid().ToString("N") : line));

        Assert.Null(ValidatedContentStamp.Read(_stamp.Path));
    }

    [Fact]
    public void Read_NoStampOrADamagedOne_IsNotTrusted()
    {
        Assert.Null(ValidatedContentStamp.Read(_stamp.Path));

        File.WriteAllText(_stamp.Path, "fingerprint abc\nbuild " + ValidatedContentStamp.ThisBuild + "\n");
        Assert.Null(ValidatedContentStamp.Read(_stamp.Path));
    }
}
