using Newtonsoft.Json.Linq;

namespace ServiceBot.Content.Loading;

/// <summary>Checks that every id a file refers to is defined somewhere in the content.</summary>
public static class ReferenceChecker
{
    /// <summary>References into a kind with an unreadable file are not checked: its ids are unknown, not missing.</summary>
    public static void Check(
        IEnumerable<ContentDocument> documents, IdCatalog catalog, IReadOnlySet<ContentKind> unreadable, List<ContentError> errors)
    {
        foreach (var document in documents)
        {
            foreach (var (space, reference) in References(document))
            {
                var id = reference.Str();
                if (id is not null && !unreadable.Contains(DefinedBy(space)) && !catalog.Contains(space, id))
                {
                    errors.Add(document.ErrorAt(reference, Unknown(space, id, catalog)));
                }
            }
        }
    }

    private static string Unknown(IdNamespace space, string id, IdCatalog catalog)
    {
        var closest = catalog.Ids(space)
            .Select(candidate => (Id: candidate, Distance: EditDistance(id, candidate)))
            .Where(candidate => candidate.Distance <= Math.Max(2, id.Length / 4))
            .OrderBy(candidate => candidate.Distance)
            .Select(candidate => candidate.Id)
            .FirstOrDefault();
        var hint = closest is null ? string.Empty : $"; did you mean '{closest}'?";
        return $"unknown {IdCatalog.Describe(space)} '{id}': no {IdCatalog.Describe(space)} has this id{hint}";
    }

    private static IEnumerable<(IdNamespace, JToken)> References(ContentDocument document)
    {
        var root = document.Root;
        return document.Kind switch
        {
            ContentKind.Protocol => root.Items("steps").SelectMany(step => step.Items("why"))
                .Select(id => (IdNamespace.Foundation, id)),
            ContentKind.Phrases => root.Items("phrases").SelectMany(phrase => phrase.Items("steps"))
                .Select(id => (IdNamespace.ProtocolStep, id)),
            ContentKind.Playbook => root.Items("steps").SelectMany(step => step.Items("say"))
                .Select(id => (IdNamespace.Phrase, id)),
            ContentKind.DraftReview => root.Items("presence").SelectMany(rule => rule.Items("suggest"))
                .Select(id => (IdNamespace.Phrase, id)),
            ContentKind.Survey => root.Get("aspects").Items("options").SelectMany(option => option.Items("steps"))
                .Select(id => (IdNamespace.ProtocolStep, id)),
            ContentKind.Texts => root.Items("commands").Select(command => command.Get("label"))
                .OfType<JToken>().Select(label => (IdNamespace.Text, label)),
            _ => [],
        };
    }

    private static ContentKind DefinedBy(IdNamespace space) => space switch
    {
        IdNamespace.ProtocolStep => ContentKind.Protocol,
        IdNamespace.Foundation => ContentKind.Foundations,
        IdNamespace.Phrase => ContentKind.Phrases,
        IdNamespace.Playbook or IdNamespace.PlaybookStep => ContentKind.Playbook,
        IdNamespace.DraftRule => ContentKind.DraftReview,
        IdNamespace.SurveyItem => ContentKind.Survey,
        _ => ContentKind.Texts,
    };

    private static int EditDistance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
