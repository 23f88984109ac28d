namespace ServiceBot.Feedback;

/// <summary>How the commit of a survey with its card (<see cref="ISurveyInvitationStore.IssueWithCardAsync"/>) ended.</summary>
public enum SurveyCardCommit
{
    /// <summary>The invitation was issued and its card queued.</summary>
    Issued,

    /// <summary>Not issued: the survey was answered, or (to a person) already goes to them.</summary>
    NotIssued,

    /// <summary>Another delivery of the same activity was recorded first: nothing was issued, queued or recorded.</summary>
    AlreadyProcessed,
}
