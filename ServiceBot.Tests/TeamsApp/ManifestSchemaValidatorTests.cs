using System.Text.Json.Nodes;
using ServiceBot.TeamsApp;

namespace ServiceBot.Tests.TeamsApp;

public class ManifestSchemaValidatorTests
{
    private static ManifestSchemaValidator CreateSut() => new(TeamsAppTestFiles.SchemaFolderPath);

    [Fact]
    public async Task ValidateAsync_FilledManifest_HasNoErrors()
    {
        var sut = CreateSut();

        var errors = await sut.ValidateAsync(TeamsAppTestFiles.FilledManifestFile("manifest.json"), "manifest.json");

        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("es.json")]
    [InlineData("en.json")]
    public async Task ValidateAsync_LocalizationFile_HasNoErrors(string fileName)
    {
        var sut = CreateSut();

        var errors = await sut.ValidateAsync(TeamsAppTestFiles.ReadManifestFile(fileName), fileName);

        Assert.Empty(errors);
    }

    [Fact]
    public async Task ValidateAsync_ManifestWithPlaceholders_ReportsTheGuidFields()
    {
        var sut = CreateSut();

        var errors = await sut.ValidateAsync(TeamsAppTestFiles.ReadManifestFile("manifest.json"), "manifest.json");

        Assert.Contains(errors, error => error.Contains("#/id: PatternMismatch", StringComparison.Ordinal));
        Assert.Contains(errors, error => error.Contains("#/bots[0].botId: PatternMismatch", StringComparison.Ordinal));
        Assert.Contains(errors, error => error.Contains("#/composeExtensions[0].botId: PatternMismatch", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ValidateAsync_OtherManifestVersion_ReportsConst()
    {
        var sut = CreateSut();

        var errors = await sut.ValidateAsync(FilledManifestWith(m => m["manifestVersion"] = "1.21"), "manifest.json");

        Assert.Equal("manifest.json: #/manifestVersion: must be \"1.22\" (schema const)", Assert.Single(errors));
    }

    [Fact]
    public async Task ValidateAsync_ComposeCommandTitleOver32Characters_ReportsStringTooLong()
    {
        var sut = CreateSut();

        var errors = await sut.ValidateAsync(
            FilledManifestWith(m => m["composeExtensions"]![0]!["commands"]![0]!["title"] = new string('x', 33)),
            "manifest.json");

        Assert.Contains("#/composeExtensions[0].commands[0].title: StringTooLong", Assert.Single(errors), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateAsync_UnknownBotScopeAndProperty_ReportsBoth()
    {
        var sut = CreateSut();

        var errors = await sut.ValidateAsync(
            FilledManifestWith(m =>
            {
                m["bots"]![0]!["scopes"]!.AsArray().Add("channel");
                m["colour"] = "blue";
            }),
            "manifest.json");

        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, error => error.Contains("#/bots[0].scopes[3]: NotInEnumeration", StringComparison.Ordinal));
        Assert.Contains(errors, error => error.Contains("#/colour: NoAdditionalPropertiesAllowed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ValidateAsync_LocalizedShortNameOver30Characters_ReportsStringTooLong()
    {
        var sut = CreateSut();
        var localization = JsonNode.Parse(TeamsAppTestFiles.ReadManifestFile("en.json"))!;
        localization["name.short"] = new string('x', 31);

        var errors = await sut.ValidateAsync(localization.ToJsonString(), "en.json");

        Assert.Equal("en.json: #/name.short: StringTooLong (at most 30 characters, has 31)", Assert.Single(errors));
    }

    [Fact]
    public async Task ValidateAsync_LocalizationKeyForTooManyCommands_ReportsNoAdditionalProperties()
    {
        var sut = CreateSut();
        var localization = JsonNode.Parse(TeamsAppTestFiles.ReadManifestFile("en.json"))!;
        localization["bots[0].commandLists[3].commands[0].title"] = "extra";

        var errors = await sut.ValidateAsync(localization.ToJsonString(), "en.json");

        Assert.Contains("NoAdditionalPropertiesAllowed", Assert.Single(errors), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{}", "\"$schema\" is missing")]
    [InlineData("{\"$schema\": {\"url\": 1}}", "\"$schema\" is missing")]
    [InlineData("[1, 2]", "\"$schema\" is missing")]
    [InlineData("{\"$schema\": \"https://example.com/schema.json\"}", "is not an official Teams schema URL")]
    [InlineData("{\"$schema\": \"https://developer.microsoft.com/en-us/json-schemas/teams/v1.99/MicrosoftTeams.schema.json\"}", "no local copy")]
    [InlineData("{ not json", "not valid JSON")]
    public async Task ValidateAsync_WithoutUsableSchema_SaysWhy(string json, string expected)
    {
        var sut = CreateSut();

        var errors = await sut.ValidateAsync(json, "manifest.json");

        Assert.Contains(expected, Assert.Single(errors), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://developer.microsoft.com/en-us/json-schemas/teams/v1.22/MicrosoftTeams.schema.json", "v1.22/MicrosoftTeams.schema.json")]
    [InlineData("https://developer.microsoft.com/json-schemas/teams/v1.22/MicrosoftTeams.Localization.schema.json", "v1.22/MicrosoftTeams.Localization.schema.json")]
    public void LocalSchemaPath_OfficialUrl_MapsToTheVersionFolder(string url, string expectedRelative)
    {
        var sut = CreateSut();

        var path = sut.LocalSchemaPath(url);

        Assert.Equal(Path.Combine(TeamsAppTestFiles.SchemaFolderPath, expectedRelative), path);
    }

    private static string FilledManifestWith(Action<JsonNode> change)
    {
        var manifest = JsonNode.Parse(TeamsAppTestFiles.FilledManifestFile("manifest.json"))!;
        change(manifest);
        return manifest.ToJsonString();
    }
}
