using Newtonsoft.Json.Linq;
using ServiceBot.Content.Loading;
using ServiceBot.Content.Sources;

namespace ServiceBot.Tests.Content.Loading;

/// <summary>The stamped content's YAML, parsed at build time (dialogs.parsed beside dialogs.validated).</summary>
public sealed class ParsedContentFileTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2025, 3, 14, 9, 30, 0, TimeSpan.Zero);

    private readonly string _stampPath = Path.Combine(Path.GetTempPath(), $"servicebot-stamp-{Guid.NewGuid():N}.validated");

    private string ParsedPath => ParsedContentFile.PathFor(_stampPath);

    public void Dispose()
    {
        File.Delete(_stampPath);
        File.Delete(ParsedPath);
    }

    private static Task<ContentFileSet> ReadAsync(string folder) => new FolderContentSource(folder).ReadAsync(CancellationToken.None);

    private ContentLoader LoaderTrusting(ContentFileSet files)
    {
        ValidatedContentStamp.Write(_stampPath, files);
        return new ContentLoader(new FixedTimeProvider(Now), validated: ValidatedContentStamp.Read(_stampPath));
    }

    [Fact]
    public async Task Stamp_RealDialogs_WritesTreesEqualToTheYamlsInFileOrder()
    {
        var files = await ReadAsync(ContentFolders.RealDialogs);

        ValidatedContentStamp.Write(_stampPath, files);

        var fromYaml = ContentLoader.ReadValidated(files);
        var parsed = ParsedContentFile.Read(ParsedPath, files.Fingerprint);
        Assert.NotNull(fromYaml);
        Assert.NotNull(parsed);
        Assert.Equal(fromYaml.Select(document => (document.Path, document.Kind)), parsed.Select(document => (document.Path, document.Kind)));
        Assert.All(fromYaml.Zip(parsed), pair => Assert.True(JToken.DeepEquals(pair.First.Root, pair.Second.Root), pair.First.Path));
        Assert.Contains(parsed.SelectMany(document => ((JContainer)document.Root).DescendantsAndSelf()), token => token.Type == JTokenType.Integer);
    }

    [Fact]
    public async Task Load_TheStampedFiles_ReadsTheParsedFormInsteadOfTheYaml()
    {
        using var folder = new TempContentFolder();
        var files = await ReadAsync(folder.Path);
        var loader = LoaderTrusting(files);

        // The parsed form is trusted for exactly these files: a text changed in it (never in the YAML) shows it was read.
        var documents = ContentLoader.ReadValidated(files)!;
        var apology = documents.Single(document => document.Path == "phrases/apology.yaml");
        ((JValue)apology.Root.SelectToken("phrases[0].text.es")!).Value = "Texto del archivo ya leído.";
        ParsedContentFile.Write(ParsedPath, files.Fingerprint, documents);

        var snapshot = (await loader.LoadAsync(files)).Snapshot;

        Assert.Equal("Texto del archivo ya leído.", snapshot?.Phrases.Find("apology-1")?.Text.Es);
    }

    [Fact]
    public async Task Load_OneByteChangedAfterTheStamp_ParsesTheYamlWithTheChecks()
    {
        using var folder = new TempContentFolder();
        var loader = LoaderTrusting(await ReadAsync(folder.Path));
        folder.Replace("phrases/apology.yaml", "Le pido disculpas por las molestias.", "Le pido una disculpa por las molestias.");

        var result = await loader.LoadAsync(folder.Path);

        Assert.Empty(result.Errors);
        Assert.Equal("Le pido una disculpa por las molestias.", result.Snapshot?.Phrases.Find("apology-1")?.Text.Es);
    }

    [Fact]
    public async Task Load_ADamagedParsedForm_ParsesTheYaml()
    {
        var files = await ReadAsync(ContentFolders.RealDialogs);
        var loader = LoaderTrusting(files);
        var bytes = File.ReadAllBytes(ParsedPath);
        File.WriteAllBytes(ParsedPath, bytes[..(bytes.Length / 2)]);

        var result = await loader.LoadAsync(files);

        Assert.Null(ParsedContentFile.Read(ParsedPath, files.Fingerprint));
        Assert.Empty(result.Errors);
        Assert.Equal(files.Hash, result.Snapshot?.Version.Hash);
    }

    [Fact]
    public async Task Read_AnotherSetsFingerprint_IsNotTrusted()
    {
        var files = await ReadAsync(ContentFolders.RealDialogs);
        ValidatedContentStamp.Write(_stampPath, files);

        Assert.Null(ParsedContentFile.Read(ParsedPath, new string('0', 64)));
    }
}
