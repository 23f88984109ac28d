namespace ServiceBot.Understanding;

/// <summary>
/// The words each intent's examples use, learnt with the classifier. The classifier always names some intent, even
/// for a request it has never seen the like of ("¿me recomiendas una serie?" shares letters with a rude customer's
/// examples); a guess none of whose meaningful words the intent's examples use, even allowing a typo or another ending
/// ("encabronada" for "encabronado"), is not acted on but asked about.
/// </summary>
public sealed class IntentVocabulary
{
    private const int MinLetters = 3;

    /// <summary>Words this long that start alike are taken as one word in another form ("recomienda", "recomiendas").</summary>
    private const int StemLetters = 5;

    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "que", "los", "las", "del", "por", "para", "con", "sin", "una", "uno", "unos", "unas", "mas", "muy", "esta", "este",
        "esto", "eso", "esa", "ese", "estas", "estos", "esos", "esas", "como", "pero", "porque", "cuando", "donde", "quien",
        "mis", "tus", "sus", "nos", "les", "ella", "ellos", "tan",
        "the", "and", "you", "your", "for", "are", "was", "this", "that", "with", "what", "how", "can", "his", "her",
        "him", "she", "they", "them", "its", "our", "any", "all", "too", "have", "has", "had", "not", "don", "just",
    };

    private readonly Dictionary<Intent, HashSet<string>> _words;

    private IntentVocabulary(Dictionary<Intent, HashSet<string>> words) => _words = words;

    public static IntentVocabulary Of(IEnumerable<(Intent Intent, string PreparedText)> examples)
    {
        var words = new Dictionary<Intent, HashSet<string>>();
        foreach (var (intent, text) in examples)
        {
            if (!words.TryGetValue(intent, out var known))
            {
                words[intent] = known = new HashSet<string>(StringComparer.Ordinal);
            }

            known.UnionWith(Meaningful(text));
        }

        return new IntentVocabulary(words);
    }

    /// <summary>
    /// True when a meaningful word of <paramref name="preparedText"/> (as <see cref="ClassifierText"/> prepares it) is one
    /// of the words of any of <paramref name="intents"/>' examples, or when the text has no meaningful word to judge by.
    /// </summary>
    public bool Knows(string preparedText, params Intent[] intents)
    {
        var typed = Meaningful(preparedText).ToList();
        if (typed.Count == 0)
        {
            return true;
        }

        foreach (var intent in intents)
        {
            if (_words.TryGetValue(intent, out var known) && typed.Any(word => known.Contains(word) || known.Any(other => Alike(word, other))))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<string> Meaningful(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(word => word.Length >= MinLetters && !FunctionWords.Contains(word) && !word.All(char.IsDigit));

    private static bool Alike(string typed, string known) =>
        (typed.Length >= StemLetters && known.Length >= StemLetters && string.CompareOrdinal(typed, 0, known, 0, StemLetters) == 0)
        || FuzzyMatch.WordsMatch(typed, known);
}
