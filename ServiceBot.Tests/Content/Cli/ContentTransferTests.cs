using ServiceBot.Content.Cli;
using ServiceBot.Content.Loading;
using ServiceBot.Content.Revisions;
using ServiceBot.Storage.Sql;
using ServiceBot.Tests.Storage;
using ServiceBot.Tests.Storage.Sqlite;

namespace ServiceBot.Tests.Content.Cli;

/// <summary><c>content import</c> and <c>content export</c> against a real SQLite file.</summary>
public sealed class ContentTransferTests() : StorageContractTests(SqliteTestEngine.CreateAsync), IDisposable
{
    private readonly string scratch = Path.Combine(Path.GetTempPath(), "servicebot-transfer-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(scratch))
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    private (ContentTransfer Transfer, SqlContentRevisionStore Revisions) CreateSut()
    {
        var revisions = new SqlContentRevisionStore(OpenDatabase(), Time);
        return (new ContentTransfer(revisions, new ContentLoader(TimeProvider.System)), revisions);
    }

    [Fact]
    public async Task ImportThenExport_RoundTripsEveryContentFileByteForByte()
    {
        var (sut, revisions) = CreateSut();
        using var source = new TempContentFolder();
        File.WriteAllBytes(Path.Combine(source.Path, "texts", "ui.yaml"), [0xEF, 0xBB, 0xBF, .. File.ReadAllBytes(Path.Combine(source.Path, "texts", "ui.yaml"))]);
        File.WriteAllText(Path.Combine(source.Path, "phrases", "greeting.yaml"), File.ReadAllText(Path.Combine(source.Path, "phrases", "greeting.yaml")).Replace("\n", "\r\n", StringComparison.Ordinal));

        var imported = await sut.ImportAsync(source.Path, "ana", "from git", publish: true, CancellationToken.None);
        var exported = await sut.ExportAsync(scratch, revision: null, CancellationToken.None);

        Assert.True(imported.Published, string.Join("\n", imported.Errors));
        Assert.Equal(imported.Revision!.Id, exported.Id);
        var expected = Directory.EnumerateFiles(source.Path, "*", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(source.Path, file)).Where(file => file.EndsWith(".yaml", StringComparison.Ordinal) || file.EndsWith(".json", StringComparison.Ordinal)).Order().ToList();
        var written = Directory.EnumerateFiles(scratch, "*", SearchOption.AllDirectories).Select(file => Path.GetRelativePath(scratch, file)).Order().ToList();
        Assert.Equal(expected, written);
        foreach (var file in expected)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(source.Path, file)), File.ReadAllBytes(Path.Combine(scratch, file)));
        }

        Assert.Equal(exported.Id, await revisions.GetLiveIdAsync());
    }

    [Fact]
    public async Task Import_AFolderWithErrors_IsSavedAsADraftWithFileLineErrors_AndNotPublished()
    {
        var (sut, revisions) = CreateSut();
        using var source = new TempContentFolder("broken-reference");

        var imported = await sut.ImportAsync(source.Path, "ana", "broken", publish: true, CancellationToken.None);

        Assert.False(imported.Published);
        Assert.Contains(imported.Errors, error => error.Format() == "playbooks/zz-reference.yaml:26:22: unknown phrase 'apologee-2': no phrase has this id; did you mean 'apology-2'?");
        Assert.NotNull(await revisions.GetAsync(imported.Revision!.Id));
        Assert.Null(await revisions.GetLiveIdAsync());
    }

    [Fact]
    public async Task Export_NothingPublished_SaysWhatToDo()
    {
        var (sut, _) = CreateSut();

        var error = await Assert.ThrowsAsync<KeyNotFoundException>(() => sut.ExportAsync(scratch, null, CancellationToken.None));

        Assert.Contains("import a folder", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_AMissingFolder_ImportsNothingAndSaysSo()
    {
        var (sut, _) = CreateSut();

        var imported = await sut.ImportAsync(Path.Combine(scratch, "nothing"), "ana", "x", publish: false, CancellationToken.None);

        Assert.Null(imported.Revision);
        Assert.Contains("content folder not found", imported.Errors.Single().Message, StringComparison.Ordinal);
    }
}
