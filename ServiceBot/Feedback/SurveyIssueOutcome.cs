namespace ServiceBot.Feedback;

/// <summary>How offering a survey ended.</summary>
public enum SurveyIssueOutcome
{
    Issued,

    /// <summary>No public address is configured, so no link can be built.</summary>
    NoLink,

    /// <summary>No ended service by that id.</summary>
    NoService,

    /// <summary>Someone other than the service's agent asked.</summary>
    NotYours,

    Answered,
}
