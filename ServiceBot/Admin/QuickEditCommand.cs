using ServiceBot.Understanding;

namespace ServiceBot.Admin;

/// <summary>
/// Recognizes an admin asking to edit content from the chat: "editar frase", "editar una frase", "cambiar el paso",
/// "quiero editar una frase", "edit phrase", "change a step"… A short message (up to six words, courtesy aside) with
/// an editing verb and a phrase or step; anything longer is left to the coaching dialog.
/// </summary>
public static class QuickEditCommand
{
    private const int MaxWords = 6;

    private static readonly HashSet<string> Verbs = new(StringComparer.Ordinal)
    {
        "editar", "edita", "edito", "editemos", "cambiar", "cambia", "cambio", "modificar", "modifica", "corregir", "corrige",
        "edit", "change", "modify", "fix", "update",
    };

    private static readonly HashSet<string> Targets = new(StringComparer.Ordinal)
    {
        "frase", "frases", "paso", "pasos", "phrase", "phrases", "step", "steps",
    };

    public static bool Matches(string? text)
    {
        var words = TextNormalizer.WithoutCourtesy(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 1 and <= MaxWords && words.Any(Verbs.Contains) && words.Any(Targets.Contains);
    }
}
