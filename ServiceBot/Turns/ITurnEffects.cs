using ServiceBot.BotFramework;
using ServiceBot.Dialogs;

namespace ServiceBot.Turns;

/// <summary>Carries out what a turn asked for beyond its replies (reminders, supervisor calls, the survey hand-off).</summary>
public interface ITurnEffects
{
    Task RunAsync(TurnContext turn, TurnOutcome outcome, CancellationToken cancellationToken);
}
