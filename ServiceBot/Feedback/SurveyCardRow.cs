using ServiceBot.BotFramework.Connector;
using ServiceBot.BotFramework.Schema;
using ServiceBot.Storage;

namespace ServiceBot.Feedback;

/// <summary>
/// A survey card's outbox row, committed with its invitation (<see cref="ISurveyInvitationStore.IssueWithCardAsync"/>):
/// a turn of its own, with one message, so the outbox sends it like any reply and never confuses it with a turn's. The
/// turn id names the invitation's token hash (<see cref="TokenHashOf"/>), so whichever send posts the card, at once or
/// an outbox retry, can note the card's message id on that issuance of the survey.
/// </summary>
internal static class SurveyCardRow
{
    private const string TurnPrefix = "survey-";

    public static OutboxMessage For(string tokenHash, string conversationId, string serviceUrl, ServiceUrlProvenance provenance, Activity card)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tokenHash);
        var turnId = TurnPrefix + tokenHash;
        return new OutboxMessage($"{turnId}:0", turnId, 0, conversationId, serviceUrl, provenance, OutboxKind.Send, null, card);
    }

    /// <summary>The token hash of the invitation a survey card's row was queued for; null for any other row.</summary>
    public static string? TokenHashOf(OutboxMessage row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.Kind == OutboxKind.Send && row.TurnId.StartsWith(TurnPrefix, StringComparison.Ordinal) && row.TurnId.Length > TurnPrefix.Length
            ? row.TurnId[TurnPrefix.Length..]
            : null;
    }
}
