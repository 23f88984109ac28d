using ServiceBot.Dialogs.Understanding;

namespace ServiceBot.Turns;

/// <summary>Recognises the few typed commands the foundation knows, in Spanish and English, ignoring case, accents and typos.</summary>
public static class Intents
{
    private static readonly KeywordMatcher<string> Help = new([("help", ["ayuda", "help"])]);

    public static bool IsHelp(string text) => text.Trim() == "?" || Help.TryMatchExactly(text, out _);
}
