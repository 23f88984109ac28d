using ServiceBot.Localization;

namespace ServiceBot.Coaching;

/// <summary>
/// The language a draft is written in, which may not be the agent's own (a Spanish-speaking agent answering an English
/// customer): counted on everyday function words, the agent's language when it is a tie.
/// </summary>
public static class DraftLanguage
{
    private static readonly HashSet<string> Spanish = new(StringComparer.Ordinal)
    {
        "el", "la", "los", "las", "de", "del", "que", "y", "en", "un", "una", "por", "para", "con", "su", "sus", "es",
        "se", "lo", "le", "no", "usted", "mi", "muy", "gracias", "hola", "buenos", "buenas", "pero", "como", "esta", "este",
    };

    private static readonly HashSet<string> English = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "of", "and", "to", "in", "is", "are", "you", "your", "for", "with", "it", "that", "this", "we",
        "i", "my", "not", "can", "will", "be", "thank", "thanks", "hello", "hi", "please", "have", "do", "did",
    };

    public static Language Detect(DraftText draft, Language agentLanguage)
    {
        var spanish = draft.Tokens.Count(t => Spanish.Contains(t.Word));
        var english = draft.Tokens.Count(t => English.Contains(t.Word));
        return spanish == english ? agentLanguage : spanish > english ? Language.Spanish : Language.English;
    }
}
