using ServiceBot.BotFramework;
using ServiceBot.BotFramework.Schema;

namespace ServiceBot.Turns;

/// <summary>Runs the first matching route of <see cref="RouteTable"/> and settles what the HTTP response must carry.</summary>
public sealed class TurnRouter(ILogger<TurnRouter> logger)
{
    /// <summary>The first route of <see cref="RouteTable"/> that matches the turn, or null.</summary>
    public static Route? Match(TurnContext turn) => RouteTable.Routes.FirstOrDefault(r => r.Matches(turn));

    public Task RouteAsync(TurnContext turn, CancellationToken cancellationToken) => RouteAsync(turn, Match(turn), cancellationToken);

    /// <summary>Runs <paramref name="route"/>, matched before (<see cref="Match"/>).</summary>
    public async Task RouteAsync(TurnContext turn, Route? route, CancellationToken cancellationToken)
    {
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
