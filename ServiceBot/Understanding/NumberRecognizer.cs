using System.Globalization;

namespace ServiceBot.Understanding;

/// <summary>
/// Reads a whole number in digits or words, Spanish or English, among other words ("4", "cuatro", "le pongo un 4",
/// "five stars"). "Un"/"una"/"one" count only before a unit ("una estrella", "one star"): "le pongo un 4" is 4.
/// </summary>
public static class NumberRecognizer
{
    private static readonly Dictionary<string, int> Words = new(StringComparer.Ordinal)
    {
        ["cero"] = 0, ["uno"] = 1, ["dos"] = 2, ["tres"] = 3, ["cuatro"] = 4, ["cinco"] = 5,
        ["seis"] = 6, ["siete"] = 7, ["ocho"] = 8, ["nueve"] = 9, ["diez"] = 10,
        ["zero"] = 0, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10,
        ["primero"] = 1, ["primera"] = 1, ["segundo"] = 2, ["segunda"] = 2, ["tercero"] = 3, ["tercera"] = 3, ["cuarto"] = 4,
        ["cuarta"] = 4, ["quinto"] = 5, ["quinta"] = 5, ["sexto"] = 6, ["sexta"] = 6, ["septimo"] = 7, ["septima"] = 7,
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7,
    };

    private static readonly HashSet<string> Articles = new(StringComparer.Ordinal) { "un", "una", "one" };

    private static readonly HashSet<string> Units = new(StringComparer.Ordinal)
    {
        "estrella", "estrellas", "estrellita", "estrellitas", "punto", "puntos", "star", "stars", "point", "points",
    };

    /// <summary>The number the text names, or null when there is none or there are two different ones.</summary>
    public static int? Recognize(string? text)
    {
        var words = TextNormalizer.Words(text);
        int? found = null;
        for (var i = 0; i < words.Length; i++)
        {
            var value = ValueOf(words, i);
            if (value is null)
            {
                continue;
            }

            if (found is not null && found != value)
            {
                return null;
            }

            found = value;
        }

        return found;
    }

    public static int? RecognizeInRange(string? text, int min, int max) =>
        Recognize(text) is { } value && value >= min && value <= max ? value : null;

    private static int? ValueOf(string[] words, int i)
    {
        var word = words[i];
        if (int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var digits))
        {
            return digits;
        }

        if (Articles.Contains(word))
        {
            return word == "one" && i == words.Length - 1 || i + 1 < words.Length && Units.Contains(words[i + 1]) ? 1 : null;
        }

        if (Words.TryGetValue(word, out var exact))
        {
            return exact;
        }

        // One typo in a number word of five letters or more ("cuatr", "sieté" is already folded).
        foreach (var (name, value) in Words)
        {
            if (FuzzyMatch.WordsMatch(word, name))
            {
                return value;
            }
        }

        return null;
    }
}
