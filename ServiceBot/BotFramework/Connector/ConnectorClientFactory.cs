using Microsoft.Extensions.Options;
using Polly;
using ServiceBot.BotFramework.Authentication;

namespace ServiceBot.BotFramework.Connector;

/// <summary>Hands out <see cref="ConnectorClient"/>s bound to a serviceUrl, deciding once whether the token may go there.</summary>
public sealed class ConnectorClientFactory(
    IHttpClientFactory httpClientFactory,
    IAppTokenProvider tokenProvider,
    ServiceUrlTrust trust,
    IOptions<BotFrameworkOptions> options,
    TimeProvider timeProvider)
{
    public const string HttpClientName = "ServiceBot.Connector";

    private readonly ResiliencePipeline<HttpResponseMessage> _retryPipeline = ConnectorRetryPolicy.Create(options.Value, timeProvider);

    /// <summary>For the serviceUrl of an activity that passed authentication (its serviceurl claim matched).</summary>
    public ConnectorClient CreateForVerifiedActivity(string serviceUrl, bool authenticated)
    {
        if (authenticated)
        {
            trust.MarkVerified(serviceUrl);
        }

        return Create(serviceUrl);
    }

    /// <summary>For a stored conversation reference or a configured address: the token goes only where it is trusted.</summary>
    public ConnectorClient Create(string serviceUrl)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException("serviceUrl must be an absolute http(s) URL.", nameof(serviceUrl));
        }

        return new ConnectorClient(serviceUrl, httpClientFactory.CreateClient(HttpClientName), tokenProvider, trust.IsTrusted(serviceUrl), _retryPipeline);
    }
}
