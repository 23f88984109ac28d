namespace ServiceBot.Feedback;

/// <summary>Card verbs of post-service feedback.</summary>
public static class FeedbackVerbs
{
    /// <summary>A supervisor's "Lo reviso" on a low-rating alert: the agent hears that it will be looked into.</summary>
    public const string Review = "feedback.review";

    public const string SessionProperty = "sessionId";
}
