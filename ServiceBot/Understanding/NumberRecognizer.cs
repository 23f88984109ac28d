namespace ServiceBot.Understanding;

/// <summary>Reads a whole number in digits or words, Spanish or English ("4", "cuatro", "4 estrellas", "five stars").</summary>
public static class NumberRecognizer
{
    private static readonly Dictionary<string, int> Words = new(StringComparer.Ordinal)
    {
        ["cero"] = 0, ["uno"] = 1, ["dos"] = 2, ["tres"] = 3, ["cuatro"] = 4, ["cinco"] = 5,
        ["seis"] = 6, ["siete"] = 7, ["ocho"] = 8, ["nueve"] = 9, ["diez"] = 10,
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10,
    };

    /// <summary>The first number in the text, or null when there is none or there are two different ones.</summary>
    public static int? Recognize(string? text)
    {
        int? found = null;
        foreach (var word in TextNormalizer.Words(text))
        {
            int? value = int.TryParse(word, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var digits)
                ? digits
                : Words.FirstOrDefault(w => FuzzyMatch.WordsMatch(word, w.Key)).Key is { } key ? Words[key] : null;
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
}
