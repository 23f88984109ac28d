using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ServiceBot.TeamsApp;

namespace ServiceBot.Tests.TeamsApp;

/// <summary>What the committed manifest/ says: the issue's requirements on its content and its localization files.</summary>
public partial class TeamsManifestTests
{
    private static readonly string[] TabPaths = ["/results", "/admin"];

    private static readonly JsonNode Manifest = JsonNode.Parse(TeamsAppTestFiles.ReadManifestFile("manifest.json"))!;

    [Fact]
    public void Manifest_SchemaUrl_NamesTheManifestVersionAndIsCommitted()
    {
        var version = Manifest["manifestVersion"]!.GetValue<string>();

        Assert.Equal(
            $"https://developer.microsoft.com/en-us/json-schemas/teams/v{version}/MicrosoftTeams.schema.json",
            Manifest["$schema"]!.GetValue<string>());
        Assert.True(File.Exists(Path.Combine(TeamsAppTestFiles.SchemaFolderPath, $"v{version}", "MicrosoftTeams.schema.json")));
        Assert.True(File.Exists(Path.Combine(TeamsAppTestFiles.SchemaFolderPath, $"v{version}", "MicrosoftTeams.Localization.schema.json")));
    }

    [Fact]
    public void Manifest_Placeholders_StandForTheIdsAndTheDomain()
    {
        Assert.Equal(ManifestPlaceholders.TeamsAppId, Manifest["id"]!.GetValue<string>());
        Assert.Equal(ManifestPlaceholders.MicrosoftAppId, Manifest["bots"]![0]!["botId"]!.GetValue<string>());
        Assert.Equal(ManifestPlaceholders.MicrosoftAppId, Manifest["composeExtensions"]![0]!["botId"]!.GetValue<string>());
        Assert.Equal([ManifestPlaceholders.BotDomain], Manifest["validDomains"]!.AsArray().Select(d => d!.GetValue<string>()));
    }

    [Fact]
    public void Manifest_StaticTabs_KeepTheChatFirstThenResultsAndStudio_OpenedWithTheTeamsFlagAndInABrowserWithout()
    {
        var tabs = Manifest["staticTabs"]!.AsArray();

        Assert.Equal(["conversations", "results", "studio"], tabs.Select(tab => tab!["entityId"]!.GetValue<string>()));
        Assert.All(tabs, tab => Assert.Equal(["personal"], tab!["scopes"]!.AsArray().Select(s => s!.GetValue<string>())));
        foreach (var (tab, path) in tabs.Skip(1).Zip(TabPaths))
        {
            Assert.Equal($"https://{ManifestPlaceholders.BotDomain}{path}?inTeams=true", tab!["contentUrl"]!.GetValue<string>());
            Assert.Equal($"https://{ManifestPlaceholders.BotDomain}{path}", tab["websiteUrl"]!.GetValue<string>());
            Assert.Empty(ManifestPlaceholders.FindRemaining(tab.ToJsonString()).Except([ManifestPlaceholders.BotDomain]));
        }
    }

    [Fact]
    public void Manifest_WebApplicationInfo_NamesTheBotsAppRegistrationAndItsBotIdApplicationIdUri()
    {
        var info = Manifest["webApplicationInfo"]!;

        Assert.Equal(ManifestPlaceholders.MicrosoftAppId, info["id"]!.GetValue<string>());
        Assert.Equal($"api://{ManifestPlaceholders.BotDomain}/botid-{ManifestPlaceholders.MicrosoftAppId}", info["resource"]!.GetValue<string>());
    }

    [Fact]
    public void EnglishFile_TabNames_AreTranslated()
    {
        var english = JsonNode.Parse(TeamsAppTestFiles.ReadManifestFile("en.json"))!.AsObject();

        Assert.Equal("Results", english["staticTabs[1].name"]!.GetValue<string>());
        Assert.Equal("Studio", english["staticTabs[2].name"]!.GetValue<string>());
    }

    [Fact]
    public void Manifest_Bot_IsInstallableInPersonalTeamAndGroupChat()
    {
        var scopes = Manifest["bots"]![0]!["scopes"]!.AsArray().Select(s => s!.GetValue<string>()).Order();

        Assert.Equal(["groupChat", "personal", "team"], scopes);
    }

    [Fact]
    public void Manifest_PersonalCommands_AreTheSpanishCommands()
    {
        var personal = Manifest["bots"]![0]!["commandLists"]!.AsArray()
            .Single(list => list!["scopes"]!.AsArray().Any(s => s!.GetValue<string>() == "personal"))!;

        var titles = personal["commands"]!.AsArray().Select(c => c!["title"]!.GetValue<string>());

        Assert.Equal(["nueva atención", "frases", "llegó otro cliente", "cliente difícil", "revisar", "ayuda"], titles);
    }

    [Fact]
    public void Manifest_ComposeExtension_DeclaresThePhraseSearchCommand()
    {
        var command = Assert.Single(Manifest["composeExtensions"]![0]!["commands"]!.AsArray())!;

        Assert.Equal("frases", command["id"]!.GetValue<string>());
        Assert.Equal("query", command["type"]!.GetValue<string>());
        Assert.True(command["initialRun"]!.GetValue<bool>());
        Assert.Equal("texto", Assert.Single(command["parameters"]!.AsArray())!["name"]!.GetValue<string>());
    }

    [Fact]
    public void Manifest_Localization_DefaultsToSpanishWithEnglish()
    {
        var localization = Manifest["localizationInfo"]!;

        Assert.Equal("es", localization["defaultLanguageTag"]!.GetValue<string>());
        Assert.Equal("es.json", localization["defaultLanguageFile"]!.GetValue<string>());
        var english = Assert.Single(localization["additionalLanguages"]!.AsArray())!;
        Assert.Equal("en", english["languageTag"]!.GetValue<string>());
        Assert.Equal("en.json", english["file"]!.GetValue<string>());
    }

    [Fact]
    public void LocalizationFiles_SpanishAndEnglish_TranslateTheSameKeys()
    {
        var spanish = LocalizationKeys("es.json");
        var english = LocalizationKeys("en.json");

        Assert.Equal(spanish, english);
    }

    [Fact]
    public void LocalizationFiles_EveryStringKey_NamesAStringOfTheManifest()
    {
        foreach (var key in LocalizationKeys("en.json"))
        {
            Assert.True(ManifestString(key) is not null, $"en.json key '{key}' names nothing in manifest.json");
        }
    }

    [Fact]
    public void SpanishFile_EveryString_EqualsTheManifestDefault()
    {
        var spanish = JsonNode.Parse(TeamsAppTestFiles.ReadManifestFile("es.json"))!.AsObject();

        foreach (var key in LocalizationKeys("es.json"))
        {
            Assert.Equal(ManifestString(key), spanish[key]!.GetValue<string>());
        }
    }

    [Fact]
    public void EnglishFile_CommandTitles_AreTranslated()
    {
        var english = JsonNode.Parse(TeamsAppTestFiles.ReadManifestFile("en.json"))!.AsObject();

        Assert.Equal("new service", english["bots[0].commandLists[0].commands[0].title"]!.GetValue<string>());
        Assert.Equal("Courteous phrases", english["composeExtensions[0].commands[0].title"]!.GetValue<string>());
    }

    private static List<string> LocalizationKeys(string fileName) =>
        [.. JsonNode.Parse(TeamsAppTestFiles.ReadManifestFile(fileName))!.AsObject()
            .Select(pair => pair.Key).Where(key => key != "$schema").Order(StringComparer.Ordinal)];

    /// <summary>Follows a localization key such as <c>bots[0].commandLists[1].commands[0].title</c> in the manifest.</summary>
    private static string? ManifestString(string key)
    {
        JsonNode? node = Manifest;
        foreach (Match step in KeyStep().Matches(key))
        {
            node = step.Groups["name"].Success ? node?[step.Groups["name"].Value] : null;
            if (step.Groups["index"].Success)
            {
                var index = int.Parse(step.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture);
                node = node is JsonArray array && index < array.Count ? array[index] : null;
            }
        }

        return node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
    }

    [GeneratedRegex(@"(?<name>[A-Za-z0-9]+)(?:\[(?<index>\d+)\])?")]
    private static partial Regex KeyStep();
}
