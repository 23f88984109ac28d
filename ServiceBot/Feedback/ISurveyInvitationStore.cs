namespace ServiceBot.Feedback;

/// <summary>Survey invitations (one per ended service) and the single-use claim that records the answer.</summary>
public interface ISurveyInvitationStore
{
    /// <summary>Stores a new invitation; false when the service already has one (nothing changed).</summary>
    Task<bool> CreateAsync(SurveyInvitation invitation, CancellationToken cancellationToken = default);

    Task<SurveyInvitation?> FindAsync(string tokenHash, CancellationToken cancellationToken = default);

    Task<SurveyInvitation?> FindBySessionAsync(string serviceSessionId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Marks the invitation used and stores the answer, in one transaction, if it is open at <paramref name="now"/>:
    /// one atomic UPDATE decides, so of two submits on two instances exactly one records.
    /// </summary>
    Task<SurveyClaim> ClaimAsync(string tokenHash, SurveyAnswer answer, DateTimeOffset now, CancellationToken cancellationToken = default);
}
