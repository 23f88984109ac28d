using ServiceBot.BotFramework;
using ServiceBot.BotFramework.Schema;

namespace ServiceBot.Turns;

/// <summary>Runs the first matching route of <see cref="RouteTable"/> and settles what the HTTP response must carry.</summary>
public sealed class TurnRouter(ILogger<TurnRouter> logger)
{
    public async Task RouteAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var route = RouteTable.Routes.FirstOrDefault(r => r.Matches(turn));
        if (route is null)
        {
            if (turn.Activity.IsType(ActivityTypes.Invoke))
            {
                turn.InvokeResponse = InvokeResponse.NotImplemented();
            }

            TurnsLog.Unrouted(logger, turn.Activity.Type, turn.Activity.Name);
            return;
        }

        TurnsLog.Routed(logger, route.Name);
        var handler = (ITurnHandler)turn.Services.GetRequiredService(route.HandlerType);
        await handler.HandleAsync(turn, cancellationToken);

        if (turn.Activity.IsType(ActivityTypes.Invoke) && turn.InvokeResponse is null)
        {
            turn.InvokeResponse = InvokeResponse.Ok();
        }
    }
}
