using ServiceBot.BotFramework;
using ServiceBot.Cards;
using ServiceBot.Content;

namespace ServiceBot.Turns.Handlers;

/// <summary>Greets the conversation when the bot is added or installed.</summary>
public sealed class WelcomeHandler(ContentStore content) : ITurnHandler
{
    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken) =>
        await turn.SendActivityAsync(AdaptiveCards.ToActivity(WelcomeCard.Create(turn.TextsFrom(content))), cancellationToken);
}
