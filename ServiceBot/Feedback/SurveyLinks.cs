using Microsoft.Extensions.Options;

namespace ServiceBot.Feedback;

/// <summary>Survey links built from the configured public address, never from a request's Host header.</summary>
public sealed class SurveyLinks(IOptions<FeedbackOptions> options)
{
    public const string PathPrefix = "/feedback/";

    public string For(SurveyToken token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var baseUrl = string.IsNullOrWhiteSpace(options.Value.PublicBaseUrl) ? FeedbackOptions.DevelopmentBaseUrl : options.Value.PublicBaseUrl;
        return baseUrl.TrimEnd('/') + PathPrefix + token.Value;
    }
}
