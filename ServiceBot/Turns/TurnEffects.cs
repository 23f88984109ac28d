using ServiceBot.BotFramework;
using ServiceBot.Dialogs;

namespace ServiceBot.Turns;

// LOCAL PLACEHOLDER until the proactive branch lands; replaced before commit.
public sealed class TurnEffects : ITurnEffects
{
    public Task RunAsync(TurnContext turn, TurnOutcome outcome, CancellationToken cancellationToken) => Task.CompletedTask;
}
