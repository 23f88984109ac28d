namespace ServiceBot.Understanding;

/// <summary>
/// Understands yes and no in Spanish and English, as people type them ("sí", "si", "claro", "dale", "ok", "para nada"…).
/// A short answer mixing both ("claro que no") or saying it is unsure ("no sé", "not sure") is not guessed at: the
/// caller asks again.
/// </summary>
public static class YesNoRecognizer
{
    private static readonly string[] NoWords = ["no", "nop", "nope", "para nada", "negativo", "todavia no", "aun no", "mejor no", "nah", "not yet", "no thanks", "no gracias"];

    private static readonly string[] YesWords = ["si", "sip", "claro", "claro que si", "dale", "ok", "okay", "okey", "vale", "de acuerdo", "por supuesto", "listo", "afirmativo", "correcto", "sale", "yes", "yep", "yeah", "sure", "of course"];

    // Doubt is not an answer, even when it contains one ("not sure" holds "sure", "no sé" holds "no").
    private static readonly string[] UnsureWords = ["no se", "no lo se", "no estoy seguro", "no estoy segura", "quizas", "quiza", "tal vez", "ni idea", "not sure", "maybe", "perhaps", "no idea", "dont know", "don t know"];

    private static readonly KeywordMatcher<bool> Unsure = new([(false, UnsureWords)]);
    private static readonly KeywordMatcher<bool> Exact = new([(false, NoWords), (true, YesWords)]);
    private static readonly KeywordMatcher<bool> Yes = new([(true, YesWords)]);
    private static readonly KeywordMatcher<bool> No = new([(false, NoWords)]);

    private const int MaxWordsOfAShortAnswer = 4;

    public static bool? Recognize(string? text)
    {
        if (Exact.TryMatchExactly(text, out var answer))
        {
            return answer;
        }

        if (TextNormalizer.Words(text).Length > MaxWordsOfAShortAnswer || Unsure.TryMatch(text, out _))
        {
            return null;
        }

        var yes = Yes.TryMatch(text, out _);
        var no = No.TryMatch(text, out _);
        return yes == no ? null : yes;
    }
}
