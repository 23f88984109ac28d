namespace ServiceBot.Feedback;

/// <summary>The <c>Feedback</c> section: where survey links point and how hard the public pages may be hit.</summary>
public sealed class FeedbackOptions
{
    public const string SectionName = "Feedback";

    /// <summary>
    /// The public https address of this app, the base of survey links and QR codes (never taken from a request's Host
    /// header). When empty: in Development the address the server listens on (http://localhost:3978 unless told otherwise), else https://{TeamsApp:Domain}; with neither, the end
    /// of a service offers no survey link and says so in the log.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>Requests to the survey pages allowed per client address per minute.</summary>
    public int PermitsPerMinute { get; set; } = 30;

    public const string DevelopmentBaseUrl = "http://localhost:3978";
}
