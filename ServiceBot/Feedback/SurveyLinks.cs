using Microsoft.Extensions.Options;

namespace ServiceBot.Feedback;

/// <summary>
/// Survey links built from the configured public address (<see cref="FeedbackOptions.PublicBaseUrl"/>, else
/// http://localhost:3978 in Development, else https://{TeamsApp:Domain}), never from a request's Host header.
/// </summary>
public sealed class SurveyLinks(IOptions<FeedbackOptions> options, IConfiguration configuration, IHostEnvironment environment)
{
    public const string PathPrefix = "/feedback/";

    /// <summary>The public base address, or null when none is configured (no link can be offered).</summary>
    public string? BaseUrl =>
        !string.IsNullOrWhiteSpace(options.Value.PublicBaseUrl) ? options.Value.PublicBaseUrl.TrimEnd('/')
        : environment.IsDevelopment() ? FeedbackOptions.DevelopmentBaseUrl
        : configuration["TeamsApp:Domain"] is { Length: > 0 } domain ? "https://" + domain.Trim().TrimEnd('/')
        : null;

    public string For(SurveyToken token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return (BaseUrl ?? throw new InvalidOperationException("Feedback:PublicBaseUrl is not set.")) + PathPrefix + token.Value;
    }
}
