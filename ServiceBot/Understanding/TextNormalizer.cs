using System.Globalization;
using System.Text;

namespace ServiceBot.Understanding;

/// <summary>
/// Folds what agents type to a comparable form: lower case, no accents (ñ kept apart as n), punctuation turned into
/// spaces, runs of spaces collapsed. "¡Sí, CLARO!" → "si claro".
/// </summary>
public static class TextNormalizer
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(c);
                pendingSpace = false;
            }
            else
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }

    public static string[] Words(string? text) => Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static readonly HashSet<string> Courtesy = new(StringComparer.Ordinal) { "porfa", "porfavor", "porfis", "plis", "please", "pls", "plz" };

    /// <summary>
    /// The normalised text without the courtesy around a request ("por favor", "porfa", "please"), so that
    /// "siguiente por favor" is read like "siguiente"; empty when nothing else is left.
    /// </summary>
    public static string WithoutCourtesy(string? text)
    {
        var words = Words(text);
        var kept = new List<string>(words.Length);
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i] == "por" && i + 1 < words.Length && words[i + 1] == "favor")
            {
                i++;
                continue;
            }

            if (!Courtesy.Contains(words[i]))
            {
                kept.Add(words[i]);
            }
        }

        return string.Join(' ', kept);
    }
}
