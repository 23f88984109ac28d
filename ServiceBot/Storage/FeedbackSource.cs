namespace ServiceBot.Storage;

/// <summary>Where the customer answered the survey.</summary>
public enum FeedbackSource
{
    Teams,
    Web,
}
