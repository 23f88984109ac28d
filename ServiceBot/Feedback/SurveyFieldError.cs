namespace ServiceBot.Feedback;

/// <summary>A field of the survey the customer must correct before the answer can be recorded.</summary>
public enum SurveyFieldError
{
    /// <summary>No satisfaction rating, or one outside the scale.</summary>
    Rating,

    /// <summary>An effort answer outside the scale (leaving it out is fine).</summary>
    Effort,

    /// <summary>An aspect the survey does not offer.</summary>
    Aspect,

    /// <summary>A comment over the content's length limit.</summary>
    CommentTooLong,
}
