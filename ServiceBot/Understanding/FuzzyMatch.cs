namespace ServiceBot.Understanding;

/// <summary>
/// Typo tolerance for short words typed on a phone: one edit (insert, delete, substitute or swap two neighbours)
/// for words of five letters or more, none for shorter ones ("si" must not match "no").
/// </summary>
public static class FuzzyMatch
{
    public static bool WordsMatch(string typed, string expected)
    {
        if (string.Equals(typed, expected, StringComparison.Ordinal))
        {
            return true;
        }

        return expected.Length >= 5 && WithinOneEdit(typed, expected);
    }

    /// <summary>
    /// <see cref="Distance"/> is at most 1, found in one pass without a table: every word of a typed message is compared
    /// with the number words, the keywords and the scale's labels on each turn.
    /// </summary>
    public static bool WithinOneEdit(string a, string b)
    {
        if (a.Length < b.Length)
        {
            (a, b) = (b, a);
        }

        if (a.Length - b.Length > 1)
        {
            return false;
        }

        var i = 0;
        while (i < b.Length && a[i] == b[i])
        {
            i++;
        }

        if (i == b.Length)
        {
            return true;
        }

        if (a.Length > b.Length)
        {
            // One letter more in a: skip it.
            return a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i));
        }

        // Same length: one letter substituted, or two neighbours swapped.
        return a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i + 1))
            || (i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a.AsSpan(i + 2).SequenceEqual(b.AsSpan(i + 2)));
    }

    /// <summary>True when the words of <paramref name="phrase"/> appear consecutively in <paramref name="words"/>, each allowing a typo.</summary>
    public static bool ContainsPhrase(IReadOnlyList<string> words, IReadOnlyList<string> phrase)
    {
        if (phrase.Count == 0 || phrase.Count > words.Count)
        {
            return false;
        }

        for (var start = 0; start + phrase.Count <= words.Count; start++)
        {
            var all = true;
            for (var i = 0; i < phrase.Count && all; i++)
            {
                all = WordsMatch(words[start + i], phrase[i]);
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Optimal string alignment distance (Damerau–Levenshtein without repeated edits of one substring).</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
