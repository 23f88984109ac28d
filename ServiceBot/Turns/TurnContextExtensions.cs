using ServiceBot.BotFramework;
using ServiceBot.Cards;
using ServiceBot.Content;

namespace ServiceBot.Turns;

public static class TurnContextExtensions
{
    /// <summary>The live content's interface texts in this turn's language and regional variant.</summary>
    public static CardTexts TextsFrom(this TurnContext turn, ContentStore content) =>
        new(content.Current, turn.Language, turn.Activity.Locale);
}
