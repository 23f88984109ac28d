using ServiceBot.BotFramework;
using ServiceBot.Cards;
using ServiceBot.Content;

namespace ServiceBot.Turns.Handlers;

/// <summary>An Action.Execute whose verb this version does not know (an old card, say): a polite message, not an error page.</summary>
public sealed class UnknownCardActionHandler(ContentStore content) : ITurnHandler
{
    public Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        turn.InvokeResponse = AdaptiveCardInvokeResponses.Card(MenuCard.Create(turn.TextsFrom(content)));
        return Task.CompletedTask;
    }
}
