using Newtonsoft.Json.Linq;
using ServiceBot.Content.Model;

namespace ServiceBot.Content.Loading;

public static partial class SnapshotBuilder
{
    /// <summary>Every understanding file adds to the same intents: the examples of one intent are the union of its entries.</summary>
    private static UnderstandingExamples Understanding(IEnumerable<JToken> roots)
    {
        var documents = roots.ToList();
        return new UnderstandingExamples(
            Merged(documents, "commands", name => name),
            Merged(documents.Select(root => root.Get("arrival"))),
            Merged(documents, "playbooks", name => name),
            Merged(documents, "moods", ContentNames.Parse<Temperament>),
            Merged(documents, "channels", ContentNames.Parse<Channel>),
            Merged(documents, "answers", ContentNames.Parse<PromptAnswer>),
            Merged(documents, "moments", ContentNames.Parse<Moment>),
            Merged(documents.Select(root => root.Get("drafts"))),
            Merged(documents.Select(root => root.Get("other"))));
    }

    private static Dictionary<TKey, LocalizedKeywords> Merged<TKey>(List<JToken> documents, string section, Func<string, TKey> key)
        where TKey : notnull =>
        documents.SelectMany(root => root.Properties(section))
            .GroupBy(entry => key(entry.Name))
            .ToDictionary(group => group.Key, group => Merged(group.Select(entry => entry.Value)));

    private static LocalizedKeywords Merged(IEnumerable<JToken?> entries)
    {
        var list = entries.OfType<JToken>().Select(Keywords).ToList();
        return list.Count == 0
            ? UnderstandingExamples.None
            : new LocalizedKeywords(
                [.. list.SelectMany(keywords => keywords.Es).Distinct(StringComparer.Ordinal)],
                [.. list.SelectMany(keywords => keywords.En).Distinct(StringComparer.Ordinal)]);
    }
}
