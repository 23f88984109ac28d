using System.Text.Json.Nodes;
using ServiceBot.Localization;
using ServiceBot.Turns;

namespace ServiceBot.Cards;

/// <summary>The main menu's buttons, shared by the welcome, menu and help cards.</summary>
public static class MenuActions
{
    public static IEnumerable<JsonNode> Create(ITextCatalog texts, Language language)
    {
        yield return Button(TextKeys.MenuNewService, "session.new");
        yield return Button(TextKeys.MenuPhrases, "phrases");
        yield return Button(TextKeys.MenuAnotherCustomer, "waiting.arrived");
        yield return Button(TextKeys.MenuDifficultCustomer, "difficult.start");
        yield return Button(TextKeys.MenuReviewDraft, "draft.prompt");
        yield return Button(TextKeys.MenuHelp, CardVerbs.Help);

        JsonObject Button(string key, string verb)
        {
            var title = texts.Get(key, language);
            return AdaptiveCards.SubmitAction(title, verb, title);
        }
    }
}
