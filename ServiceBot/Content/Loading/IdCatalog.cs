using Newtonsoft.Json.Linq;

namespace ServiceBot.Content.Loading;

/// <summary>Every id defined in the content, by namespace, with where it was defined; duplicates become errors.</summary>
public sealed class IdCatalog
{
    private readonly Dictionary<IdNamespace, Dictionary<string, (ContentDocument Document, JToken Token)>> ids = [];

    public IReadOnlyCollection<string> Ids(IdNamespace space) =>
        ids.TryGetValue(space, out var defined) ? defined.Keys : [];

    public bool Contains(IdNamespace space, string id) => ids.TryGetValue(space, out var defined) && defined.ContainsKey(id);

    public static IdCatalog Collect(IEnumerable<ContentDocument> documents, List<ContentError> errors)
    {
        var catalog = new IdCatalog();
        foreach (var document in documents)
        {
            foreach (var (space, token) in Definitions(document))
            {
                catalog.Add(space, document, token, errors);
            }
        }

        return catalog;
    }

    private void Add(IdNamespace space, ContentDocument document, JToken token, List<ContentError> errors)
    {
        var id = token is JProperty property ? property.Name : token.Str();
        if (id is null)
        {
            return;
        }

        var defined = ids.TryGetValue(space, out var existing) ? existing : ids[space] = new(StringComparer.Ordinal);
        var at = token is JProperty named ? named.Value : token;
        if (defined.TryGetValue(id, out var first))
        {
            var (line, column) = first.Document.Map.Locate(first.Token);
            errors.Add(document.ErrorAt(at, $"duplicate {Describe(space)} id '{id}' (first defined at {first.Document.Path}:{line}:{column})"));
            return;
        }

        defined[id] = (document, at);
    }

    public static string Describe(IdNamespace space) => space switch
    {
        IdNamespace.ProtocolStep => "protocol step",
        IdNamespace.PlaybookStep => "playbook step",
        IdNamespace.DraftRule => "draft-review rule",
        IdNamespace.SurveyItem => "survey",
        IdNamespace.Text => "text",
        _ => space.ToString().ToLowerInvariant(),
    };

    private static readonly string[] FoundationGroups = ["definitions", "serviceProfitChain", "principles"];

    private static IEnumerable<(IdNamespace, JToken)> Definitions(ContentDocument document)
    {
        var root = document.Root;
        IEnumerable<(IdNamespace, JToken?)> found = document.Kind switch
        {
            ContentKind.Protocol => root.Items("steps").Select(step => (IdNamespace.ProtocolStep, step.Get("id"))),
            ContentKind.Foundations => FoundationGroups
                .SelectMany(group => root.Items(group)).Select(item => (IdNamespace.Foundation, item.Get("id"))),
            ContentKind.Phrases => root.Items("phrases").Select(phrase => (IdNamespace.Phrase, phrase.Get("id"))),
            ContentKind.Playbook => root.Items("steps").Select(step => (IdNamespace.PlaybookStep, step.Get("id")))
                .Prepend((IdNamespace.Playbook, root.Get("id"))),
            ContentKind.DraftReview => root.Items("presence").Concat(root.Items("tone"))
                .Append(root.Get("register")).Append(root.Get("caps"))
                .Select(rule => (IdNamespace.DraftRule, rule.Get("id"))),
            ContentKind.Survey => new[] { root, root.Get("rating"), root.Get("aspects"), root.Get("comment"), root.Get("effort") }
                .Concat(root.Get("aspects").Items("options"))
                .Select(item => (IdNamespace.SurveyItem, item.Get("id"))),
            ContentKind.Texts => root.Properties("texts").Select(text => (IdNamespace.Text, (JToken?)text))
                .Concat(root.Items("commands").Select(command => (IdNamespace.Command, command.Get("id")))),
            _ => [],
        };
        return found.Where(pair => pair.Item2 is not null).Select(pair => (pair.Item1, pair.Item2!));
    }
}
