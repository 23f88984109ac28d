using ServiceBot.BotFramework;

namespace ServiceBot.Turns;

/// <summary>One route's work for one turn.</summary>
public interface ITurnHandler
{
    Task HandleAsync(TurnContext turn, CancellationToken cancellationToken);
}
