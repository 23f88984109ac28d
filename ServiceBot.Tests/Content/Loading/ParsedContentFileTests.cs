using Newtonsoft.Json.Linq;
using ServiceBot.Content.Loading;

namespace ServiceBot.Tests.Content.Loading;

/// <summary>The stamped content's YAML, parsed at build time (dialogs.parsed beside dialogs.validated).</summary>
public sealed class ParsedContentFileTests : IDisposable
{
    private readonly TempStamp _stamp = new();

    public void Dispose() => _stamp.Dispose();

    [Fact]
    public async Task Stamp_RealDialogs_WritesTreesEqualToTheYamlsInFileOrder()
    {
        var files = await TempStamp.ReadAsync(ContentFolders.RealDialogs);

        ValidatedContentStamp.Write(_stamp.Path, files);

        var fromYaml = ContentLoader.ReadValidated(files);
        var parsed = ParsedContentFile.Read(_stamp.ParsedPath, files.Fingerprint);
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
        var files = await TempStamp.ReadAsync(folder.Path);
        var loader = _stamp.LoaderTrusting(files);

        // The parsed form is trusted for exactly these files: a text changed in it (never in the YAML) shows it was read.
        var documents = ContentLoader.ReadValidated(files)!;
        var apology = documents.Single(document => document.Path == "phrases/apology.yaml");
        ((JValue)apology.Root.SelectToken("phrases[0].text.es")!).Value = "Texto del archivo ya leído.";
        ParsedContentFile.Write(_stamp.ParsedPath, files.Fingerprint, documents);

        var snapshot = (await loader.LoadAsync(files)).Snapshot;

        Assert.Equal("Texto del archivo ya leído.", snapshot?.Phrases.Find("apology-1")?.Text.Es);
    }

    [Fact]
    public async Task Load_OneByteChangedAfterTheStamp_ParsesTheYamlWithTheChecks()
    {
        using var folder = new TempContentFolder();
        var loader = _stamp.LoaderTrusting(await TempStamp.ReadAsync(folder.Path));
        folder.Replace("phrases/apology.yaml", "Le pido disculpas por las molestias.", "Le pido una disculpa por las molestias.");

        var result = await loader.LoadAsync(folder.Path);

        Assert.Empty(result.Errors);
        Assert.Equal("Le pido una disculpa por las molestias.", result.Snapshot?.Phrases.Find("apology-1")?.Text.Es);
    }

    [Fact]
    public async Task Load_ADamagedParsedForm_ParsesTheYaml()
    {
        var files = await TempStamp.ReadAsync(ContentFolders.RealDialogs);
        var loader = _stamp.LoaderTrusting(files);
        var bytes = File.ReadAllBytes(_stamp.ParsedPath);
        File.WriteAllBytes(_stamp.ParsedPath, bytes[..(bytes.Length / 2)]);

        var result = await loader.LoadAsync(files);

        Assert.Null(ParsedContentFile.Read(_stamp.ParsedPath, files.Fingerprint));
        Assert.Empty(result.Errors);
        Assert.Equal(files.Hash, result.Snapshot?.Version.Hash);
    }

    [Fact]
    public async Task Read_AGarbledLengthPrefix_IsNotTrusted()
    {
        var files = await TempStamp.ReadAsync(ContentFolders.RealDialogs);
        _stamp.LoaderTrusting(files);
        File.WriteAllBytes(_stamp.ParsedPath, [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF]);

        Assert.Null(ParsedContentFile.Read(_stamp.ParsedPath, files.Fingerprint));
    }

    [Fact]
    public async Task Read_AnotherSetsFingerprint_IsNotTrusted()
    {
        var files = await TempStamp.ReadAsync(ContentFolders.RealDialogs);
        ValidatedContentStamp.Write(_stamp.Path, files);

        Assert.Null(ParsedContentFile.Read(_stamp.ParsedPath, new string('0', 64)));
    }
}
