using ServiceBot.Content.Editing;
using ServiceBot.Content.Sources;

namespace ServiceBot.Admin;

/// <summary>
/// Where dialogs/understanding/ keeps the examples of an intent, by the intent's name as the understanding reports
/// it: <c>new-service</c> → <c>commands / new-service / es</c>, <c>playbook.angry</c> → <c>playbooks / angry / es</c>,
/// <c>mood.upset</c>, <c>channel.phone</c>, <c>answer.yes</c>, <c>arrival</c>, <c>other</c>.
/// </summary>
public static class UnderstandingExamplePath
{
    public const string Folder = "understanding/";

    public static IReadOnlyList<string>? For(string? intent, string language)
    {
        if (string.IsNullOrWhiteSpace(intent) || language is not ("es" or "en"))
        {
            return null;
        }

        var dot = intent.IndexOf('.', StringComparison.Ordinal);
        var (kind, name) = dot < 0 ? (null, intent) : (intent[..dot], intent[(dot + 1)..]);
        return kind switch
        {
            null when name is "arrival" or "other" => [name, language],
            null when name is "draft" => ["drafts", language],
            null => ["commands", name, language],
            "playbook" => ["playbooks", name, language],
            "mood" => ["moods", name, language],
            "channel" => ["channels", name, language],
            "answer" when name != "number" => ["answers", name, language],
            _ => null,
        };
    }

    /// <summary>The understanding file of <paramref name="files"/> that lists this intent's examples, or null.</summary>
    public static ContentFile? FileOf(ContentFileSet files, IReadOnlyList<string> path)
    {
        ArgumentNullException.ThrowIfNull(files);
        return files.Files.FirstOrDefault(file =>
            file.Path.StartsWith(Folder, StringComparison.Ordinal) && file.Path.EndsWith(".yaml", StringComparison.Ordinal)
            && file.TryGetText() is { } text && Has(text, path));
    }

    /// <summary>True when the list at <paramref name="path"/> already has <paramref name="text"/> (case, accents and punctuation aside).</summary>
    public static bool Lists(string yaml, IReadOnlyList<string> path, string text)
    {
        var normalized = Understanding.TextNormalizer.Normalize(text);
        return YamlSequenceEditor.Items(yaml, path)?.Any(item => Understanding.TextNormalizer.Normalize(item) == normalized) == true;
    }

    /// <summary>Every intent the examples name, in file order (for the studio's choice of where to add one).</summary>
    public static IReadOnlyList<string> Intents(ContentFileSet files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var intents = new List<string>();
        foreach (var text in files.Files.Where(f => f.Path.StartsWith(Folder, StringComparison.Ordinal)).Select(f => f.TryGetText()).OfType<string>())
        {
            YamlDotNet.RepresentationModel.YamlStream stream = [];
            try
            {
                stream.Load(new StringReader(text));
            }
            catch (YamlDotNet.Core.YamlException)
            {
                continue;
            }

            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlDotNet.RepresentationModel.YamlMappingNode root)
            {
                continue;
            }

            foreach (var (key, value) in root.Children)
            {
                var section = key.ToString();
                var prefix = section switch { "commands" => string.Empty, "playbooks" => "playbook.", "moods" => "mood.", "channels" => "channel.", "answers" => "answer.", _ => null };
                if (prefix is null && section is "arrival" or "other")
                {
                    intents.Add(section);
                }
                else if (prefix is not null && value is YamlDotNet.RepresentationModel.YamlMappingNode entries)
                {
                    intents.AddRange(entries.Children.Keys.Select(name => prefix + name));
                }
            }
        }

        return intents;
    }

    private static bool Has(string text, IReadOnlyList<string> path)
    {
        try
        {
            return YamlSequenceEditor.Has(text, path);
        }
        catch (YamlDotNet.Core.YamlException)
        {
            return false;
        }
    }
}
