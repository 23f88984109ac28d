using ServiceBot.Understanding;

namespace ServiceBot.Feedback.Results;

/// <summary>What a typed results request asks for.</summary>
public enum ResultsScopeAsked
{
    /// <summary>"resultados": a supervisor's teams (an agent gets their own).</summary>
    Teams,

    /// <summary>"mis resultados": one's own answers as an agent.</summary>
    Mine,
}

/// <summary>
/// Recognizes "resultados" and "mis resultados" (and English "results", "my results"), with or without accents,
/// capitals, courtesy or a "ver"/"show" in front. Anything longer is left to the coaching dialog.
/// </summary>
public static class ResultsCommand
{
    private static readonly HashSet<string> TeamPhrases = new(StringComparer.Ordinal)
    {
        "resultados", "ver resultados", "resultados del equipo", "resultados de mi equipo", "results", "show results", "team results",
    };

    private static readonly HashSet<string> MinePhrases = new(StringComparer.Ordinal)
    {
        "mis resultados", "ver mis resultados", "mi calificacion", "mis calificaciones", "my results", "show my results", "my ratings",
    };

    public static ResultsScopeAsked? Parse(string? text)
    {
        var normalized = TextNormalizer.WithoutCourtesy(text);
        return MinePhrases.Contains(normalized) ? ResultsScopeAsked.Mine
            : TeamPhrases.Contains(normalized) ? ResultsScopeAsked.Teams
            : null;
    }
}
