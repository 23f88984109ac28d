using ServiceBot.BotFramework;
using ServiceBot.Cards;
using ServiceBot.Localization;

namespace ServiceBot.Turns.Handlers;

/// <summary>Answers with the main menu: for the menu button and for any message no other route understood.</summary>
public sealed class MenuHandler(ITextCatalog texts) : ITurnHandler
{
    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken) =>
        await turn.SendActivityAsync(AdaptiveCards.ToActivity(MenuCard.Create(texts, turn.Language)), cancellationToken);
}
