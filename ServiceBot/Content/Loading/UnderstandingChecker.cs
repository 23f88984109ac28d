using System.Globalization;
using System.Text;
using Newtonsoft.Json.Linq;
using ServiceBot.Content.Model;

namespace ServiceBot.Content.Loading;

/// <summary>
/// Rules for dialogs/understanding/ that a schema cannot express: examples name commands and playbooks that exist,
/// every mood, channel, answer and moment has examples (commands and playbooks always have theirs: their keywords
/// and triggers), and no utterance is taught as two different things (counting the command keywords, playbook
/// triggers and mood words, which are examples too).
/// </summary>
public static class UnderstandingChecker
{
    private static readonly string[] WholeSections = ["arrival", "drafts", "other"];

    private static readonly HashSet<string> MoodNames =
        [.. Enum.GetValues<Temperament>().Where(t => t != Temperament.Any).Select(t => ContentNames.Of(t))];

    private static readonly (string Section, string[] Keys)[] EnumSections =
    [
        ("moods", [.. Enum.GetValues<Temperament>().Where(t => t != Temperament.Any).Select(t => ContentNames.Of(t))]),
        ("channels", [.. Enum.GetValues<Channel>().Where(c => c != Channel.Any).Select(c => ContentNames.Of(c))]),
        ("answers", [.. Enum.GetValues<PromptAnswer>().Select(a => ContentNames.Of(a))]),
        ("moments", [.. Enum.GetValues<Moment>().Select(m => ContentNames.Of(m))]),
    ];

    /// <summary>Kinds with an unreadable file are not judged: their ids are unknown, not missing.</summary>
    public static void Check(
        IReadOnlyList<ContentDocument> documents, IdCatalog catalog, IReadOnlySet<ContentKind> unreadable, List<ContentError> errors)
    {
        if (unreadable.Contains(ContentKind.Understanding))
        {
            return;
        }

        var files = documents.Where(document => document.Kind == ContentKind.Understanding).ToList();
        if (files.Count == 0)
        {
            return;
        }

        CheckNames(files, "commands", IdNamespace.Command, catalog, unreadable.Contains(ContentKind.Texts), errors);
        CheckNames(files, "playbooks", IdNamespace.Playbook, catalog, unreadable.Contains(ContentKind.Playbook), errors);
        CheckComplete(files, errors);
        CheckNoUtteranceTwice(documents, unreadable, errors);
    }

    private static void CheckNames(
        List<ContentDocument> files, string section, IdNamespace space, IdCatalog catalog, bool unknownIds, List<ContentError> errors)
    {
        if (unknownIds)
        {
            return;
        }

        foreach (var file in files)
        {
            foreach (var entry in file.Root.Properties(section).Where(entry => !catalog.Contains(space, entry.Name)))
            {
                var (line, column) = file.Map.LocateKey(entry.Value.Path);
                var known = string.Join(", ", catalog.Ids(space).Order(StringComparer.Ordinal));
                errors.Add(new ContentError(file.Path, line, column,
                    $"unknown {IdCatalog.Describe(space)} '{entry.Name}': examples can be given for {known}"));
            }
        }
    }

    private static void CheckComplete(List<ContentDocument> files, List<ContentError> errors)
    {
        void Missing(string what) => errors.Add(new ContentError(ContentError.FolderLevel, 0, 0,
            $"no examples for {what}: add them to a file of understanding examples (such as {files[0].Path})"));

        bool Has(string section, string? key = null) => files.Any(file => key is null
            ? file.Root.Get(section) is JObject
            : file.Root.Get(section).Get(key) is JObject);

        foreach (var (section, keys) in EnumSections)
        {
            foreach (var key in keys.Where(key => !Has(section, key)))
            {
                Missing($"{section}.{key}");
            }
        }

        foreach (var section in WholeSections.Where(section => !Has(section)))
        {
            Missing(section);
        }
    }

    /// <summary>An utterance (case, accents and punctuation aside) that two intents claim would teach the classifier nothing but doubt.</summary>
    private static void CheckNoUtteranceTwice(IReadOnlyList<ContentDocument> documents, IReadOnlySet<ContentKind> unreadable, List<ContentError> errors)
    {
        if (unreadable.Contains(ContentKind.Texts) || unreadable.Contains(ContentKind.Playbook))
        {
            return;
        }

        var seen = new Dictionary<string, (string Intent, ContentDocument Document, JToken Token)>(StringComparer.Ordinal);
        foreach (var (intent, document, token) in documents.SelectMany(Utterances))
        {
            var key = Fold(token.Str());
            if (key.Length == 0)
            {
                continue;
            }

            if (!seen.TryGetValue(key, out var first))
            {
                seen[key] = (intent, document, token);
            }
            else if (first.Intent != intent)
            {
                var (line, column) = first.Document.Map.Locate(first.Token);
                errors.Add(document.ErrorAt(token,
                    $"'{token.Str()}' is taught as {intent} here and as {first.Intent} at {first.Document.Path}:{line}:{column}: an utterance can mean one thing only"));
            }
        }
    }

    /// <summary>Every example of an intent, with the intent it teaches; moments are value words, not examples, and stay out.</summary>
    private static IEnumerable<(string Intent, ContentDocument Document, JToken Token)> Utterances(ContentDocument document)
    {
        var root = document.Root;
        IEnumerable<(string, JToken?)> entries = document.Kind switch
        {
            ContentKind.Understanding =>
            [
                .. root.Properties("commands").Select(entry => ($"the command '{entry.Name}'", (JToken?)entry.Value)),
                .. root.Properties("playbooks").Select(entry => ($"the playbook '{entry.Name}'", (JToken?)entry.Value)),
                .. root.Properties("moods").Select(entry => ($"the mood '{entry.Name}'", (JToken?)entry.Value)),
                .. root.Properties("channels").Select(entry => ($"the channel '{entry.Name}'", (JToken?)entry.Value)),
                .. root.Properties("answers").Select(entry => ($"the answer '{entry.Name}'", (JToken?)entry.Value)),
                .. WholeSections.Select(section => (section, root.Get(section))),
            ],
            ContentKind.Texts =>
            [
                .. root.Items("commands").Select(command => ($"the command '{command.Str("id")}'", command.Get("keywords"))),
                .. root.Properties("temperaments").Where(entry => MoodNames.Contains(entry.Name))
                    .Select(entry => ($"the mood '{entry.Name}'", (JToken?)entry.Value)),
            ],
            ContentKind.Playbook => [($"the playbook '{root.Str("id")}'", root.Get("triggers"))],
            _ => [],
        };
        return entries.SelectMany(entry => entry.Item2.Items("es").Concat(entry.Item2.Items("en"))
            .Where(token => token.Str() is not null)
            .Select(token => (entry.Item1, document, token)));
    }

    /// <summary>Lower case, no accents, punctuation as single spaces: the comparison the bot's own text normaliser makes.</summary>
    public static string Fold(string? text)
    {
        var builder = new StringBuilder(text?.Length ?? 0);
        var space = false;
        foreach (var c in (text ?? string.Empty).ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (space && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(c);
                space = false;
            }
            else
            {
                space = true;
            }
        }

        return builder.ToString();
    }
}
