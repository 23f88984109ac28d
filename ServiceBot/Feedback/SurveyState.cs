namespace ServiceBot.Feedback;

/// <summary>What a survey link leads to.</summary>
public enum SurveyState
{
    /// <summary>No invitation has this token (mistyped, cut short or forged).</summary>
    Unknown,

    /// <summary>Waiting for the customer's answer.</summary>
    Open,

    /// <summary>Answered already: a replay, a double click or a second tab records nothing new.</summary>
    Answered,

    /// <summary>Past its lifetime (a content setting).</summary>
    Expired,
}
