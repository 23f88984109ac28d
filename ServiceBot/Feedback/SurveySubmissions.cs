namespace ServiceBot.Feedback;

/// <summary>
/// Records a customer's answer with a token, once: the claim and the answer in one transaction, then the loop closed
/// (the agent's summary, a supervisor alert for a low rating). A failure to queue those never loses the answer.
/// </summary>
public sealed class SurveySubmissions(ISurveyInvitationStore invitations, FeedbackLoop loop, TimeProvider time, ILogger<SurveySubmissions> logger)
{
    public async Task<SurveyClaim> SubmitAsync(string tokenHash, SurveyAnswer answer, CancellationToken cancellationToken)
    {
        var claim = await invitations.ClaimAsync(tokenHash, answer, time.GetUtcNow(), cancellationToken);
        if (!claim.Recorded)
        {
            FeedbackLog.AnswerNotRecorded(logger, claim.State);
            return claim;
        }

        FeedbackLog.AnswerRecorded(logger, claim.Response!.ServiceSessionId, answer.Source);
        try
        {
            await loop.AfterAnswerAsync(claim.Invitation!, claim.Response, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            FeedbackLog.LoopFailed(logger, ex, claim.Response.ServiceSessionId);
        }

        return claim;
    }
}
