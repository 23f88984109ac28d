namespace ServiceBot.Web.Feedback;

/// <summary>What the customer filled in, kept to show the form again after a correction (nothing they wrote is lost).</summary>
public sealed record SurveyFormValues(string? Rating, IReadOnlyList<string> Aspects, string? Effort, string? Comment)
{
    public static SurveyFormValues Empty { get; } = new(null, [], null, null);
}
