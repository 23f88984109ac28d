namespace ServiceBot.Understanding;

/// <summary>
/// Finds which of a set of keyword lists a free sentence mentions ("el cliente está furioso" → angry), ignoring case,
/// accents and small typos. Longer keywords win over shorter ones, so "muy molesto" beats "molesto".
/// </summary>
public sealed class KeywordMatcher<T>
    where T : notnull
{
    private readonly List<(T Target, string[] Words)> _keywords;

    public KeywordMatcher(IEnumerable<(T Target, IEnumerable<string> Keywords)> entries)
    {
        _keywords = entries
            .SelectMany(entry => entry.Keywords.Select(keyword => (entry.Target, Words: TextNormalizer.Words(keyword))))
            .Where(entry => entry.Words.Length > 0)
            .OrderByDescending(entry => entry.Words.Sum(w => w.Length))
            .ToList();
    }

    public bool TryMatch(string? text, out T target)
    {
        var words = TextNormalizer.Words(text);
        foreach (var (candidate, keyword) in _keywords)
        {
            if (FuzzyMatch.ContainsPhrase(words, keyword))
            {
                target = candidate;
                return true;
            }
        }

        target = default!;
        return false;
    }

    /// <summary>True when the whole text is one of the keywords (a command typed alone, not a sentence mentioning it).</summary>
    public bool TryMatchExactly(string? text, out T target)
    {
        var words = TextNormalizer.Words(text);
        foreach (var (candidate, keyword) in _keywords)
        {
            if (keyword.Length == words.Length && FuzzyMatch.ContainsPhrase(words, keyword))
            {
                target = candidate;
                return true;
            }
        }

        target = default!;
        return false;
    }
}
