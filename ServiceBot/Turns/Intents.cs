using System.Globalization;
using System.Text;

namespace ServiceBot.Turns;

/// <summary>Recognises the few typed commands the foundation knows, in Spanish and English, ignoring case and accents.</summary>
public static class Intents
{
    private static readonly HashSet<string> HelpWords = new(StringComparer.Ordinal) { "ayuda", "help", "?" };

    public static bool IsHelp(string text) => HelpWords.Contains(Normalize(text));

    public static string Normalize(string text)
    {
        var decomposed = text.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC).Trim('.', '!', '¡', ' ');
    }
}
