using ServiceBot.BotFramework.Connector;
using ServiceBot.BotFramework.Schema;
using ServiceBot.Storage;

namespace ServiceBot.Feedback;

/// <summary>
/// A survey card's outbox row, committed with its invitation (<see cref="ISurveyInvitationStore.IssueWithCardAsync"/>):
/// a turn of its own, with one message, so the outbox sends it like any reply and never confuses it with a turn's.
/// </summary>
internal static class SurveyCardRow
{
    public static OutboxMessage For(string conversationId, string serviceUrl, ServiceUrlProvenance provenance, Activity card)
    {
        var turnId = "survey-" + Guid.NewGuid().ToString("N");
        return new OutboxMessage($"{turnId}:0", turnId, 0, conversationId, serviceUrl, provenance, OutboxKind.Send, null, card);
    }
}
