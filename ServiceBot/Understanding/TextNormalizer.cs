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
}
