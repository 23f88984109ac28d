using ServiceBot.BotFramework;
using ServiceBot.Cards;
using ServiceBot.Localization;

namespace ServiceBot.Turns.Handlers;

/// <summary>An Action.Execute whose verb this version does not know (an old card, say): a polite message, not an error page.</summary>
public sealed class UnknownCardActionHandler(ITextCatalog texts) : ITurnHandler
{
    public Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        turn.InvokeResponse = AdaptiveCardInvokeResponses.Card(MenuCard.Create(texts, turn.Language));
        return Task.CompletedTask;
    }
}
