using ServiceBot.BotFramework;
using ServiceBot.Cards;
using ServiceBot.Localization;

namespace ServiceBot.Turns.Handlers;

public sealed class HelpHandler(ITextCatalog texts) : ITurnHandler
{
    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var card = HelpCard.Create(texts, turn.Language);
        if (turn.Activity.IsType(BotFramework.Schema.ActivityTypes.Invoke))
        {
            turn.InvokeResponse = AdaptiveCardInvokeResponses.Card(card);
            return;
        }

        await turn.SendActivityAsync(AdaptiveCards.ToActivity(card), cancellationToken);
    }
}
