using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace ServiceBot.Feedback;

/// <summary>
/// Survey links built from the configured public address (<see cref="FeedbackOptions.PublicBaseUrl"/>, else
/// in Development the address the server listens on (http://localhost:3978 by default), else https://{TeamsApp:Domain}),
/// never from a request's Host header.
/// </summary>
public sealed class SurveyLinks(
    IOptions<FeedbackOptions> options,
    IConfiguration configuration,
    IHostEnvironment environment,
    IServer? server = null)
{
    public const string PathPrefix = "/feedback/";

    /// <summary>The public base address, or null when none is configured (no link can be offered).</summary>
    public string? BaseUrl =>
        !string.IsNullOrWhiteSpace(options.Value.PublicBaseUrl) ? options.Value.PublicBaseUrl.TrimEnd('/')
        : environment.IsDevelopment()
            ? ListeningAddress.BrowsableFrom(server?.Features.Get<IServerAddressesFeature>()?.Addresses) ?? FeedbackOptions.DevelopmentBaseUrl
        : configuration["TeamsApp:Domain"] is { Length: > 0 } domain ? "https://" + domain.Trim().TrimEnd('/')
        : null;

    public string For(SurveyToken token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return (BaseUrl ?? throw new InvalidOperationException("Feedback:PublicBaseUrl is not set.")) + PathPrefix + token.Value;
    }
}
