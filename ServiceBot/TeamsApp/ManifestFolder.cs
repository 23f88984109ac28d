using System.Text.Json.Nodes;

namespace ServiceBot.TeamsApp;

/// <summary>The Teams app source folder: <c>manifest.json</c>, the files it names, and <c>schema/</c>.</summary>
public static class ManifestFolder
{
    public const string FolderName = "manifest";
    public const string ManifestFileName = "manifest.json";
    public const string SchemaFolderName = "schema";

    /// <summary>The icon keys of the manifest and the square size, in pixels, that Teams requires for each.</summary>
    private static readonly (string Key, int Size)[] IconSizes = [("color", 192), ("outline", 32), ("color32x32", 32)];

    /// <summary>Walks up from each start directory to the first <c>manifest/manifest.json</c>.</summary>
    public static string? FindDefault(params string[] startDirectories)
    {
        ArgumentNullException.ThrowIfNull(startDirectories);
        foreach (var start in startDirectories)
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, FolderName);
                if (File.Exists(Path.Combine(candidate, ManifestFileName)))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>The icon and localization files that a manifest names, as written in it.</summary>
    public static ReferencedFiles ReferencedBy(JsonNode manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var icons = new List<IconReference>();
        foreach (var (key, size) in IconSizes)
        {
            if (ValueOf(manifest["icons"]?[key]) is { } file)
            {
                icons.Add(new IconReference(file, size));
            }
        }

        var localization = manifest["localizationInfo"];
        var languages = new List<string>();
        if (ValueOf(localization?["defaultLanguageFile"]) is { } defaultFile)
        {
            languages.Add(defaultFile);
        }

        if (localization?["additionalLanguages"] is JsonArray additional)
        {
            languages.AddRange(additional.Select(language => ValueOf(language?["file"])).OfType<string>());
        }

        return new ReferencedFiles(icons, languages);
    }

    private static string? ValueOf(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
