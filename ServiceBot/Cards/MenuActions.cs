using System.Text.Json.Nodes;
using ServiceBot.Localization;
using ServiceBot.Turns;

namespace ServiceBot.Cards;

/// <summary>
/// The main menu's buttons, shared by the welcome, menu and help cards: four in two rows of two (whole labels on a
/// phone), every other action in the card's "…" menu, so the list names every action including ending a service and
/// calling a supervisor. Typed, their titles work as commands too.
/// </summary>
public static class MenuActions
{
    public static IEnumerable<JsonNode> Rows(CardTexts texts) =>
        CardFragments.Get(texts, "menu.rows", 0, null, static (texts, _, _) => Primary(texts).Chunk(2).Select(row => CardFragment.Of(CardActions.Set(row))).ToArray())
            .Select(row => row.ToNode());

    public static IEnumerable<JsonNode> Overflow(CardTexts texts, bool withHelp = true) =>
        CardFragments.Get(texts, "menu.overflow", withHelp ? 1 : 0, null, static (texts, withHelp, _) => OverflowActions(texts, withHelp == 1).Select(CardFragment.Of).ToArray())
            .Select(action => action.ToNode());

    private static IEnumerable<JsonNode> OverflowActions(CardTexts texts, bool withHelp)
    {
        yield return LiveParts.Secondary(Button(texts, TextKeys.MenuAnotherCustomer, CoachingVerbs.CustomerArrived));
        yield return LiveParts.Secondary(Button(texts, TextKeys.MenuShowService, CoachingVerbs.ShowLive));
        yield return LiveParts.Secondary(Button(texts, TextKeys.MenuEndService, CoachingVerbs.EndService));
        yield return LiveParts.Secondary(Button(texts, TextKeys.MenuCallSupervisor, CoachingVerbs.CallSupervisor));
        if (withHelp)
        {
            yield return LiveParts.Secondary(Button(texts, TextKeys.MenuHelp, CardVerbs.Help));
        }
    }

    private static IEnumerable<JsonObject> Primary(CardTexts texts)
    {
        yield return Button(texts, TextKeys.MenuNewService, CoachingVerbs.NewService);
        yield return Button(texts, TextKeys.MenuPhrases, CoachingVerbs.Phrases);
        yield return Button(texts, TextKeys.MenuDifficultCustomer, CoachingVerbs.DifficultCustomer);
        yield return Button(texts, TextKeys.MenuReviewDraft, CoachingVerbs.ReviewDraft);
    }

    private static JsonObject Button(CardTexts texts, string key, string verb) => CardActions.Execute(texts[key], verb);
}
