using ServiceBot.Proactive;
using ServiceBot.Storage;

namespace ServiceBot.Feedback;

/// <summary>
/// Notes the message id of a posted survey card on its invitation, whether the card went at once or on an outbox retry,
/// so a rating typed later (or a press on the card) turns that card into "respondida". A card of an issuance that was
/// replaced since (a new token) changes nothing.
/// </summary>
internal sealed class SurveyCardPostedRecorder(ISurveyInvitationStore invitations) : IOutboxPostedListener
{
    public async Task PostedAsync(OutboxMessage row, string postedId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (SurveyCardRow.TokenHashOf(row) is { } tokenHash)
        {
            await invitations.SetCustomerCardAsync(tokenHash, row.ConversationId, postedId, cancellationToken);
        }
    }
}
