using ServiceBot.BotFramework;
using ServiceBot.BotFramework.Deduplication;
using ServiceBot.BotFramework.Schema;
using ServiceBot.Cards;
using ServiceBot.Localization;

namespace ServiceBot.Turns;

/// <summary>
/// Runs one turn through the router and contains its failures: the error is logged (the conversation id is in the log
/// scope) and the user gets a friendly message instead of silence, and the channel never sees a 500.
/// </summary>
public sealed class TurnRunner(TurnRouter router, ITextCatalog texts, ILogger<TurnRunner> logger)
{
    public Task<InvokeResponse?> RunAsync(TurnContext turn, CancellationToken cancellationToken) =>
        RunAsync(turn, () => router.RouteAsync(turn, cancellationToken), cancellationToken);

    /// <summary>Runs the turn through <paramref name="route"/>, matched before (<see cref="TurnRouter.Match"/>).</summary>
    public Task<InvokeResponse?> RunAsync(TurnContext turn, Route? route, CancellationToken cancellationToken) =>
        RunAsync(turn, () => router.RouteAsync(turn, route, cancellationToken), cancellationToken);

    private async Task<InvokeResponse?> RunAsync(TurnContext turn, Func<Task> route, CancellationToken cancellationToken)
    {
        try
        {
            await route();
            return turn.InvokeResponse;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            TurnsLog.TurnFailed(logger, ex, turn.Activity.Type, turn.Activity.Name);
            if (turn.Record == DeliveryRecord.NotRecorded)
            {
                turn.Record = DeliveryRecord.Failed;
            }

            return await ApologiseAsync(turn, cancellationToken);
        }
    }

    private async Task<InvokeResponse?> ApologiseAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var apology = texts.Get(TextKeys.ErrorGeneric, turn.Language);
        if (turn.Activity.IsType(ActivityTypes.Invoke))
        {
            return turn.Activity.Name == InvokeNames.AdaptiveCardAction
                ? AdaptiveCardInvokeResponses.Message(apology)
                : InvokeResponse.Ok();
        }

        if (turn.Activity.IsType(ActivityTypes.Message))
        {
            try
            {
                await turn.SendActivityAsync(Activity.CreateMessage(apology), cancellationToken);
            }
            catch (Exception ex)
            {
                TurnsLog.ApologyFailed(logger, ex);
            }
        }

        return null;
    }
}
