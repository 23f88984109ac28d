using ServiceBot.Understanding;

namespace ServiceBot.Coaching;

/// <summary>
/// A draft split into words that remember their place, so an expression found on the normalized words ("como ya le
/// dije") can be quoted and replaced as the agent wrote it ("Cómo YA le dije").
/// </summary>
public sealed class DraftText
{
    private DraftText(string original, IReadOnlyList<DraftToken> tokens)
    {
        Original = original;
        Tokens = tokens;
    }

    public string Original { get; }

    public IReadOnlyList<DraftToken> Tokens { get; }

    public static DraftText Parse(string text)
    {
        var tokens = new List<DraftToken>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                tokens.Add(new DraftToken(TextNormalizer.Normalize(text[start..i]), start, i));
                start = -1;
            }
        }

        return new DraftText(text, tokens);
    }

    public string Quote(DraftMatch match) => Original[match.Start..match.End];

    /// <summary>
    /// Every place one of the expressions occurs, word by word, tolerating a typo in longer words unless
    /// <paramref name="exact"/> (markers such as "disculpe" and "disculpa" differ by one letter and mean different things).
    /// </summary>
    public IEnumerable<DraftMatch> FindAll(IEnumerable<string> expressions, bool exact = false)
    {
        foreach (var expression in expressions)
        {
            var words = TextNormalizer.Words(expression);
            if (words.Length == 0)
            {
                continue;
            }

            for (var first = 0; first + words.Length <= Tokens.Count; first++)
            {
                if (MatchesAt(first, words, exact))
                {
                    yield return new DraftMatch(first, words.Length, Tokens[first].Start, Tokens[first + words.Length - 1].End);
                }
            }
        }
    }

    public bool ContainsAny(IEnumerable<string> expressions, bool exact = false) => FindAll(expressions, exact).Any();

    private bool MatchesAt(int first, string[] words, bool exact)
    {
        for (var i = 0; i < words.Length; i++)
        {
            var word = Tokens[first + i].Word;
            if (exact ? !string.Equals(word, words[i], StringComparison.Ordinal) : !FuzzyMatch.WordsMatch(word, words[i]))
            {
                return false;
            }
        }

        return true;
    }
}
