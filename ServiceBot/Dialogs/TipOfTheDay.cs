using ServiceBot.Cards;
using ServiceBot.Content.Model;

namespace ServiceBot.Dialogs;

/// <summary>
/// A short tip at the agent's first contact of their local day: a foundation marked <c>dailyTip</c>, a different one
/// each day in turn, put into the first card that answers (the live card, the menu…), so it costs no message. A turn
/// that answers with text only, or whose card carries the shift's self-check, leaves it for the next card that day.
/// </summary>
public static class TipOfTheDay
{
    /// <summary>The day's tip: the marked foundations in order, one per local day, round and round.</summary>
    public static Foundation? For(ContentSnapshot content, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(content);
        var tips = content.Foundations.Where(f => f.DailyTip).ToList();
        return tips.Count == 0 ? null : tips[day.DayNumber % tips.Count];
    }

    public static TurnOutcome AddToFirstCard(DialogTurn turn, TurnOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(outcome);
        var agent = outcome.Agent ?? turn.Input.Agent;
        var today = turn.LocalDate;
        if (agent.TipShownOn == today || For(turn.Content, today) is not { } tip)
        {
            return outcome;
        }

        var index = outcome.Replies.ToList().FindIndex(reply => reply.Card is not null);
        // One extra at a time, so the card still fits a phone screen: a card with the shift's self-check leaves the tip for the next.
        if (index < 0 || ShiftCheckPart.IsIn(outcome.Replies[index].Card!))
        {
            return outcome;
        }

        var replies = outcome.Replies.ToArray();
        replies[index] = replies[index] with { Card = TipOfTheDayPart.AddTo(replies[index].Card!, turn.Texts, tip) };
        return outcome with { Replies = replies, Agent = agent with { TipShownOn = today } };
    }
}
