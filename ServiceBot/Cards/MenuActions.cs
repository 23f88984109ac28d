using System.Text.Json.Nodes;
using ServiceBot.Localization;
using ServiceBot.Turns;

namespace ServiceBot.Cards;

/// <summary>
/// The main menu's buttons, shared by the welcome, menu and help cards, in rows of three in the card body (a card may
/// carry at most five top-level actions). Typed, their titles work as commands too.
/// </summary>
public static class MenuActions
{
    public static IEnumerable<JsonNode> Rows(CardTexts texts) =>
        Create(texts).Chunk(3).Select(row => (JsonNode)CardActions.Set(row));

    private static IEnumerable<JsonObject> Create(CardTexts texts)
    {
        yield return Button(TextKeys.MenuNewService, CoachingVerbs.NewService);
        yield return Button(TextKeys.MenuPhrases, CoachingVerbs.Phrases);
        yield return Button(TextKeys.MenuAnotherCustomer, CoachingVerbs.CustomerArrived);
        yield return Button(TextKeys.MenuDifficultCustomer, CoachingVerbs.DifficultCustomer);
        yield return Button(TextKeys.MenuReviewDraft, CoachingVerbs.ReviewDraft);
        yield return Button(TextKeys.MenuHelp, CardVerbs.Help);

        JsonObject Button(string key, string verb)
        {
            var title = texts[key];
            return AdaptiveCards.SubmitAction(title, verb, title);
        }
    }
}
