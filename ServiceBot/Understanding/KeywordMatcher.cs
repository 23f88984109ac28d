namespace ServiceBot.Understanding;

/// <summary>
/// Finds which of a set of keyword lists a free sentence mentions ("el cliente está furioso" → angry), ignoring case,
/// accents and small typos. Longer keywords win over shorter ones, so "muy molesto" beats "molesto".
/// </summary>
public sealed class KeywordMatcher<T>
    where T : notnull
{
    private readonly (T Target, string[] Words)[] _keywords;

    /// <remarks>
    /// Built with loops into an array rather than LINQ: <typeparamref name="T"/> is often a value type (an intent, a
    /// moment), and LINQ over its pairs is code ReadyToRun cannot compile ahead, so the JIT compiled it before the port
    /// opened at every start (docs/performance-history.md "Turn cost", sixth pass).
    /// </remarks>
    public KeywordMatcher(IEnumerable<(T Target, IEnumerable<string> Keywords)> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var found = new (T Target, string[] Words)[16];
        var count = 0;
        foreach (var (target, keywords) in entries)
        {
            foreach (var keyword in keywords)
            {
                var words = TextNormalizer.Words(keyword);
                if (words.Length == 0)
                {
                    continue;
                }

                if (count == found.Length)
                {
                    var larger = new (T Target, string[] Words)[count * 2];
                    Array.Copy(found, larger, count);
                    found = larger;
                }

                found[count++] = (target, words);
            }
        }

        _keywords = LongestFirst(found, count);
    }

    /// <summary>The keywords by their letters, most first; equal ones keep their order.</summary>
    private static (T Target, string[] Words)[] LongestFirst((T Target, string[] Words)[] found, int count)
    {
        // One sortable number per keyword: fewer letters sort later, then the position keeps equal ones in order.
        var order = new long[count];
        for (var i = 0; i < count; i++)
        {
            var letters = 0;
            foreach (var word in found[i].Words)
            {
                letters += word.Length;
            }

            order[i] = ((long)(int.MaxValue - letters) << 32) | (uint)i;
        }

        Array.Sort(order);
        var sorted = new (T Target, string[] Words)[count];
        for (var i = 0; i < count; i++)
        {
            sorted[i] = found[(int)(order[i] & uint.MaxValue)];
        }

        return sorted;
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
