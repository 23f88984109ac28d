using System.Text.Json.Nodes;
using ServiceBot.TeamsApp;

namespace ServiceBot.Tests.TeamsApp;

public class ManifestFolderTests
{
    [Fact]
    public void FindDefault_FromADeepFolder_FindsTheRepositoryManifestFolder()
    {
        var found = ManifestFolder.FindDefault(AppContext.BaseDirectory);

        Assert.Equal(TeamsAppTestFiles.ManifestFolderPath, found);
    }

    [Fact]
    public void FindDefault_NoManifestAbove_ReturnsNull()
    {
        using var folder = new TemporaryFolder();

        Assert.Null(ManifestFolder.FindDefault(folder.Path));
    }

    [Fact]
    public void ReferencedBy_CommittedManifest_ListsIconsWithSizesAndLocalizationFiles()
    {
        var manifest = JsonNode.Parse(TeamsAppTestFiles.ReadManifestFile("manifest.json"))!;

        var referenced = ManifestFolder.ReferencedBy(manifest);

        Assert.Equal([new IconReference("color.png", 192), new IconReference("outline.png", 32)], referenced.Icons);
        Assert.Equal(["es.json", "en.json"], referenced.LocalizationFiles);
    }
}
