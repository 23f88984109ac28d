using ServiceBot.BotFramework;
using ServiceBot.BotFramework.Schema;
using ServiceBot.Storage;

namespace ServiceBot.Turns;

/// <summary>
/// One reply to send or update, addressed from the bot to the user in the turn's conversation; <paramref name="IsLiveCard"/>
/// when it is the live card itself, whose message id is then recorded from the channel's answer to a send.
/// </summary>
public sealed record PlannedReply(OutboxKind Kind, string? TargetActivityId, Activity Activity, bool IsLiveCard = false);

/// <summary>How a turn shows its replies: the answer in the invoke response, if any, and the rest for the outbox, in order.</summary>
public sealed record ReplyPlan(InvokeResponse? InvokeResponse, IReadOnlyList<PlannedReply> Outgoing)
{
    /// <summary>The message that is the live card after this turn, when known now (pressed or updated in place).</summary>
    public string? LiveCardId { get; init; }

    /// <summary>
    /// The outbox rows of this plan for <paramref name="turn"/>, under a new turn id; the live card's rows name
    /// <paramref name="conversationKey"/>, where the id of its message is recorded when the channel answers a send.
    /// </summary>
    public IReadOnlyList<OutboxMessage> ToOutbox(TurnContext turn, string conversationKey)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var turnId = Guid.NewGuid().ToString("N");
        return [.. Outgoing.Select((reply, index) => new OutboxMessage(
            $"{turnId}:{index}",
            turnId,
            index,
            turn.Activity.Conversation!.Id!,
            turn.Activity.ServiceUrl!,
            turn.Provenance,
            reply.Kind,
            reply.TargetActivityId,
            reply.Activity)
        {
            LiveCardKey = reply.IsLiveCard ? conversationKey : null,
        })];
    }
}
