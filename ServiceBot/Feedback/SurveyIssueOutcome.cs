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

    /// <summary>The survey already went to this person, unanswered (a second press of the same send).</summary>
    AlreadySent,

    /// <summary>Teams would not take the survey for that person (the app is not installed for them): offer the link.</summary>
    Unreachable,

    /// <summary>
    /// Another delivery of the same activity issued it first (a redelivery that overtook the record): nothing was done,
    /// and nothing is answered.
    /// </summary>
    AlreadyProcessed,
}
