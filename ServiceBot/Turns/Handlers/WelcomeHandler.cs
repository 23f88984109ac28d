using ServiceBot.BotFramework;
using ServiceBot.Cards;
using ServiceBot.Localization;

namespace ServiceBot.Turns.Handlers;

/// <summary>Greets the conversation when the bot is added or installed.</summary>
public sealed class WelcomeHandler(ITextCatalog texts) : ITurnHandler
{
    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken) =>
        await turn.SendActivityAsync(AdaptiveCards.ToActivity(WelcomeCard.Create(texts, turn.Language)), cancellationToken);
}
