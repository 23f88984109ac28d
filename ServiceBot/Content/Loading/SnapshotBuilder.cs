using Newtonsoft.Json.Linq;
using ServiceBot.Content.Model;

namespace ServiceBot.Content.Loading;

/// <summary>Builds the immutable snapshot from documents that passed every check (so every read here succeeds).</summary>
public static partial class SnapshotBuilder
{
    public static ContentSnapshot Build(IReadOnlyList<ContentDocument> documents, ContentVersion version)
    {
        var roots = documents.ToLookup(document => document.Kind, document => document.Root);
        var foundations = Foundations(roots[ContentKind.Foundations].Single());
        var foundationsById = foundations.ToDictionary(item => item.Id, StringComparer.Ordinal);
        var steps = roots[ContentKind.Protocol].SelectMany(root => root.Items("steps"))
            .Select(step => Step(step, foundationsById)).ToList();
        var stepsById = steps.ToDictionary(step => step.Id, StringComparer.Ordinal);
        var phrases = roots[ContentKind.Phrases].SelectMany(root => root.Items("phrases")).Select(Phrase).ToList();
        var phrasesById = phrases.ToDictionary(phrase => phrase.Id, StringComparer.Ordinal);
        return new ContentSnapshot(
            version,
            steps,
            foundations,
            phrases,
            roots[ContentKind.Playbook].Select(root => Playbook(root, phrasesById)).ToList(),
            DraftReview(roots[ContentKind.DraftReview].Single(), phrasesById),
            Survey(roots[ContentKind.Survey].Single(), stepsById),
            Ui(roots[ContentKind.Texts]),
            Settings(roots[ContentKind.Settings].Single()),
            Understanding(roots[ContentKind.Understanding]));
    }

    private static List<Foundation> Foundations(JToken root) =>
    [
        .. Group(root, "definitions", FoundationGroup.Definition),
        .. Group(root, "serviceProfitChain", FoundationGroup.ServiceProfitChain),
        .. Group(root, "principles", FoundationGroup.Principle),
    ];

    private static IEnumerable<Foundation> Group(JToken root, string property, FoundationGroup group) =>
        root.Items(property).Select((item, index) =>
            new Foundation(Id(item), group, index + 1, Text(item, "title"), Text(item, "text"), item.Flag("dailyTip")));

    private static ProtocolStep Step(JToken step, Dictionary<string, Foundation> foundations) => new(
        Id(step),
        step.Int("order")!.Value,
        ContentNames.Parse<ProtocolPhase>(step.Str("phase")),
        Text(step, "title"),
        Text(step, "checklist"),
        Text(step, "purpose"),
        [.. step.Items("do").Select(Text)],
        Text(step, "tip"),
        [.. Ids(step, "why").Select(id => foundations[id])],
        step.Flag("shiftCheck"));

    private static Phrase Phrase(JToken phrase) => new(
        Id(phrase),
        ContentNames.Parse<Moment>(phrase.Str("moment")),
        Tags<TimeOfDay>(phrase, "timeOfDay"),
        Tags<Channel>(phrase, "channel"),
        Tags<Temperament>(phrase, "temperament"),
        phrase.Str("register") is { } register ? ContentNames.Parse<Register>(register) : Register.Usted,
        Ids(phrase, "steps"),
        Text(phrase, "text"));

    private static Playbook Playbook(JToken root, Dictionary<string, Phrase> phrases) => new(
        Id(root),
        ContentNames.Parse<PlaybookMethod>(root.Str("method")),
        Text(root, "title"),
        Text(root, "summary"),
        Keywords(root.Get("triggers")),
        [.. root.Items("steps").Select(step => new PlaybookStep(
            Id(step),
            ContentNames.Parse<MethodStep>(step.Str("methodStep")),
            Text(step, "title"),
            Text(step, "do"),
            [.. Ids(step, "say").Select(id => phrases[id])],
            [.. step.Items("avoid").Select(Text)]))]);

    private static List<T> Tags<T>(JToken item, string property) where T : struct, Enum
    {
        var tags = item.Items(property).Select(tag => ContentNames.Parse<T>(tag.Str())).ToList();
        return tags.Count == 0 ? [default] : tags;
    }

    internal static string Id(JToken item) => item.Str("id")!;

    internal static IReadOnlyList<string> Ids(JToken item, string property) =>
        [.. item.Items(property).Select(id => id.Str()!)];

    internal static LocalizedText Text(JToken item, string property) => Text(item.Get(property)!);

    internal static LocalizedText Text(JToken text) => new(text.Str("es")!, text.Str("en")!)
    {
        Variants = ((JObject)text).Properties()
            .Where(version => version.Name is not ("es" or "en"))
            .ToDictionary(version => version.Name, version => (string)version.Value!, StringComparer.OrdinalIgnoreCase),
    };

    internal static LocalizedKeywords Keywords(JToken? keywords) => new(
        [.. keywords.Items("es").Select(word => word.Str()!)],
        [.. keywords.Items("en").Select(word => word.Str()!)]);
}
