using Microsoft.Extensions.Options;
using ServiceBot.BotFramework;
using ServiceBot.Coaching;
using ServiceBot.Turns;

namespace ServiceBot.Dialogs;

/// <summary>Reduces a <see cref="TurnContext"/> to the dialog's <see cref="TurnInput"/>.</summary>
public sealed class TurnInputFactory(IOptions<DialogOptions> options)
{
    public TurnInput Create(TurnContext turn, DateTimeOffset now)
    {
        var activity = turn.Activity;
        return new TurnInput
        {
            Text = turn.Text,
            Verb = CardAction.GetVerb(activity),
            Data = CardAction.GetData(activity),
            Language = turn.Language,
            Locale = activity.Locale,
            LocalTime = AgentClock.Resolve(activity, now, options.Value.DefaultTimeZone),
            UserId = activity.From?.Id ?? "unknown",
            UserName = activity.From?.Name,
            ConversationId = activity.Conversation?.Id,
            ActivityId = activity.Id ?? Guid.NewGuid().ToString("N"),
        };
    }
}
