using ServiceBot.BotFramework.Deduplication;
using ServiceBot.Storage;

namespace ServiceBot.Feedback;

/// <summary>Survey invitations (one per ended service) and the single-use claim that records the answer.</summary>
public interface ISurveyInvitationStore
{
    /// <summary>Stores a new invitation; false when the service already has one (nothing changed).</summary>
    Task<bool> CreateAsync(SurveyInvitation invitation, CancellationToken cancellationToken = default);

    /// <summary>
    /// Gives the service's unanswered invitation a new token, expiry, language and customer (none for a link): the
    /// agent asked again, or chose the other way. False when there is none or it was answered.
    /// </summary>
    Task<bool> ReissueAsync(SurveyInvitation invitation, CancellationToken cancellationToken = default);

    /// <summary>
    /// Like <see cref="ReissueAsync"/>, for a survey sent to one person (<see cref="SurveyInvitation.CustomerObjectId"/>
    /// set) in their 1:1 chat with the bot: false when it is answered, or already goes (unexpired) to that person. One atomic UPDATE decides, so of two
    /// presses (a double tap, two instances) exactly one sends the card.
    /// </summary>
    Task<bool> ReissueToPersonAsync(SurveyInvitation invitation, CancellationToken cancellationToken = default);

    /// <summary>
    /// Issues the invitation (stored, or else reissued as <see cref="ReissueAsync"/> does; with
    /// <paramref name="toPerson"/> as <see cref="ReissueToPersonAsync"/> does) and queues <paramref name="card"/> in the
    /// outbox, held by this instance until <paramref name="heldUntil"/> for its immediate send, in one commit: a crash
    /// leaves either neither or both, and the outbox sends a queued card even if this instance never does. False (and
    /// nothing queued) when the invitation was not issued. With <paramref name="processed"/> (the activity of the turn
    /// that issues it) the activity is recorded as processed in the same commit, so a redelivery of it finds the record
    /// and issues nothing; <see cref="SurveyCardCommit.AlreadyProcessed"/> (and nothing changed) when another delivery
    /// of it recorded it first.
    /// </summary>
    Task<SurveyCardCommit> IssueWithCardAsync(
        SurveyInvitation invitation, bool toPerson, OutboxMessage card, DateTimeOffset heldUntil, ProcessedActivity? processed = null, CancellationToken cancellationToken = default);

    /// <summary>Notes the chat the customer's survey card went to and the message id the channel gave it.</summary>
    Task SetCustomerCardAsync(string tokenHash, string conversationId, string? activityId, CancellationToken cancellationToken = default);

    /// <summary>The card could not be delivered: the unanswered survey goes to nobody in Teams any more (a link may be offered).</summary>
    Task ForgetCustomerAsync(string tokenHash, CancellationToken cancellationToken = default);

    /// <summary>
    /// The newest survey in <paramref name="conversationId"/> that the person with channel id <paramref name="customerId"/>
    /// (or Entra object id <paramref name="customerObjectId"/>) was invited to answer (open or not).
    /// </summary>
    Task<SurveyInvitation?> FindLatestForCustomerAsync(string conversationId, string customerId, string? customerObjectId = null, CancellationToken cancellationToken = default);

    Task<SurveyInvitation?> FindAsync(string tokenHash, CancellationToken cancellationToken = default);

    Task<SurveyInvitation?> FindBySessionAsync(string serviceSessionId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Marks the invitation used and stores the answer, in one transaction, if it is open at <paramref name="now"/>:
    /// one atomic UPDATE decides, so of two submits on two instances exactly one records.
    /// </summary>
    Task<SurveyClaim> ClaimAsync(string tokenHash, SurveyAnswer answer, DateTimeOffset now, CancellationToken cancellationToken = default);
}
