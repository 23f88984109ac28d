using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using ServiceBot.TeamsApp;

namespace ServiceBot.Tests.TeamsApp;

public sealed class TeamsAppPackagerTests : IDisposable
{
    private readonly TemporaryFolder _folder = TeamsAppTestFiles.CopyManifestFolder();

    private string ManifestFolderPath => Path.Combine(_folder.Path, ManifestFolder.FolderName);

    private string OutputPath => Path.Combine(_folder.Path, "out", "package.zip");

    public void Dispose() => _folder.Dispose();

    private TeamsAppPackager CreateSut() => new(ManifestFolderPath);

    [Fact]
    public async Task PackAsync_CommittedManifest_WritesTheFilesAtTheZipRoot()
    {
        var sut = CreateSut();

        var result = await sut.PackAsync(TeamsAppTestFiles.SampleValues, OutputPath);

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
        Assert.Equal(OutputPath, result.PackagePath);
        using var zip = ZipFile.OpenRead(OutputPath);
        Assert.Equal(
            ["color.png", "en.json", "es.json", "manifest.json", "outline.png"],
            zip.Entries.Select(entry => entry.FullName).Order(StringComparer.Ordinal));
        Assert.Equal("manifest.json", zip.Entries[0].FullName);
        Assert.False(File.Exists(OutputPath + ".tmp"));
    }

    [Fact]
    public async Task PackAsync_ManifestInTheZip_IsFilledAndPassesTheOfficialSchema()
    {
        var sut = CreateSut();

        await sut.PackAsync(TeamsAppTestFiles.SampleValues, OutputPath);

        using var zip = ZipFile.OpenRead(OutputPath);
        var validator = new ManifestSchemaValidator(TeamsAppTestFiles.SchemaFolderPath);
        foreach (var name in new[] { "manifest.json", "es.json", "en.json" })
        {
            var text = ReadEntry(zip, name);
            Assert.DoesNotContain("{{", text, StringComparison.Ordinal);
            Assert.Empty(await validator.ValidateAsync(text, name));
        }

        var manifest = JsonNode.Parse(ReadEntry(zip, "manifest.json"))!;
        Assert.Equal("4f1a2b3c-1111-4222-8333-944455556666", manifest["id"]!.GetValue<string>());
        Assert.Equal("7d8e9f00-aaaa-4bbb-8ccc-dddddddddddd", manifest["bots"]![0]!["botId"]!.GetValue<string>());
        Assert.Equal("servicebot.contoso.com", manifest["validDomains"]![0]!.GetValue<string>());
        Assert.Equal("7d8e9f00-aaaa-4bbb-8ccc-dddddddddddd", manifest["webApplicationInfo"]!["id"]!.GetValue<string>());
        Assert.Equal("api://servicebot.contoso.com/botid-7d8e9f00-aaaa-4bbb-8ccc-dddddddddddd", manifest["webApplicationInfo"]!["resource"]!.GetValue<string>());
        Assert.Equal(
            ["https://servicebot.contoso.com/results?inTeams=true", "https://servicebot.contoso.com/admin?inTeams=true"],
            manifest["staticTabs"]!.AsArray().Where(tab => tab!["contentUrl"] is not null).Select(tab => tab!["contentUrl"]!.GetValue<string>()));
    }

    [Fact]
    public async Task PackAsync_Icons_AreCopiedByteForByte()
    {
        var sut = CreateSut();

        await sut.PackAsync(TeamsAppTestFiles.SampleValues, OutputPath);

        using var zip = ZipFile.OpenRead(OutputPath);
        foreach (var icon in new[] { "color.png", "outline.png" })
        {
            using var stream = zip.GetEntry(icon)!.Open();
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(ManifestFolderPath, icon)), copy.ToArray());
        }
    }

    [Fact]
    public async Task PackAsync_ExistingPackage_IsReplaced()
    {
        var sut = CreateSut();
        Directory.CreateDirectory(Path.GetDirectoryName(OutputPath)!);
        await File.WriteAllTextAsync(OutputPath, "old");

        var result = await sut.PackAsync(TeamsAppTestFiles.SampleValues, OutputPath);

        Assert.True(result.Succeeded);
        using var zip = ZipFile.OpenRead(OutputPath);
        Assert.Equal(5, zip.Entries.Count);
    }

    [Fact]
    public async Task PackAsync_MissingIcon_WritesNothingAndNamesTheFile()
    {
        File.Delete(Path.Combine(ManifestFolderPath, "outline.png"));
        var sut = CreateSut();

        var result = await sut.PackAsync(TeamsAppTestFiles.SampleValues, OutputPath);

        Assert.False(result.Succeeded);
        Assert.Contains("names 'outline.png', which is not in", Assert.Single(result.Errors), StringComparison.Ordinal);
        Assert.False(File.Exists(OutputPath));
    }

    [Fact]
    public async Task PackAsync_IconOfTheWrongSize_ReportsTheRequiredSize()
    {
        await File.WriteAllBytesAsync(Path.Combine(ManifestFolderPath, "color.png"), TestPngWriter.Transparent(96));
        var sut = CreateSut();

        var result = await sut.PackAsync(TeamsAppTestFiles.SampleValues, OutputPath);

        Assert.Equal("color.png: is 96×96; Teams requires 192×192.", Assert.Single(result.Errors));
        Assert.False(File.Exists(OutputPath));
    }

    [Fact]
    public async Task PackAsync_IconNotAPng_ReportsIt()
    {
        await File.WriteAllTextAsync(Path.Combine(ManifestFolderPath, "outline.png"), "<svg/>");
        var sut = CreateSut();

        var result = await sut.PackAsync(TeamsAppTestFiles.SampleValues, OutputPath);

        Assert.Equal("outline.png: is not a PNG file.", Assert.Single(result.Errors));
    }

    [Fact]
    public async Task PackAsync_UnknownPlaceholder_ReportsItAndWritesNothing()
    {
        await EditManifestAsync(text => text.Replace("\"version\": \"1.0.0\"", "\"version\": \"{{Version}}\"", StringComparison.Ordinal));
        var sut = CreateSut();

        var result = await sut.PackAsync(TeamsAppTestFiles.SampleValues, OutputPath);

        Assert.Contains(result.Errors, error => error.StartsWith("manifest.json: placeholder {{Version}} is still present", StringComparison.Ordinal));
        Assert.False(File.Exists(OutputPath));
    }

    [Fact]
    public async Task PackAsync_IconInASubfolder_IsRefused()
    {
        await EditManifestAsync(text => text.Replace("\"color.png\"", "\"images/color.png\"", StringComparison.Ordinal));
        var sut = CreateSut();

        var result = await sut.PackAsync(TeamsAppTestFiles.SampleValues, OutputPath);

        Assert.Contains(result.Errors, error => error.Contains("'images/color.png' must be a file name at the package root", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PackAsync_ManifestBreakingTheSchema_ReportsTheSchemaErrors()
    {
        await EditManifestAsync(text => text.Replace("\"#0F7B8A\"", "\"teal\"", StringComparison.Ordinal));
        var sut = CreateSut();

        var result = await sut.PackAsync(TeamsAppTestFiles.SampleValues, OutputPath);

        Assert.StartsWith("manifest.json: #/accentColor: PatternMismatch (line ", Assert.Single(result.Errors), StringComparison.Ordinal);
        Assert.False(File.Exists(OutputPath));
    }

    [Fact]
    public async Task PackAsync_ManifestNotJson_ReportsIt()
    {
        await EditManifestAsync(text => text.Replace("\"accentColor\":", "accentColor:", StringComparison.Ordinal));
        var sut = CreateSut();

        var result = await sut.PackAsync(TeamsAppTestFiles.SampleValues, OutputPath);

        Assert.StartsWith("manifest.json: not valid JSON", Assert.Single(result.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PackAsync_FolderWithoutManifest_ReportsIt()
    {
        var sut = new TeamsAppPackager(_folder.Path);

        var result = await sut.PackAsync(TeamsAppTestFiles.SampleValues, OutputPath);

        Assert.StartsWith("No manifest.json in", Assert.Single(result.Errors), StringComparison.Ordinal);
    }

    private async Task EditManifestAsync(Func<string, string> edit)
    {
        var path = Path.Combine(ManifestFolderPath, "manifest.json");
        var before = await File.ReadAllTextAsync(path);
        var after = edit(before);
        Assert.NotEqual(before, after);
        await File.WriteAllTextAsync(path, after);
    }

    private static string ReadEntry(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open(), Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
