using Microsoft.Extensions.Options;
using Polly;
using ServiceBot.BotFramework.Authentication;
using ServiceBot.BotFramework.Schema;

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

    /// <summary>
    /// For a conversation reference the bot stored itself, from an activity that passed authentication (or in local
    /// mode, where no token is ever sent): its serviceUrl was verified then, so it stays trusted after a restart.
    /// Never pass a reference that came from anywhere else.
    /// </summary>
    public ConnectorClient CreateForStoredReference(ConversationReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var serviceUrl = reference.ServiceUrl ?? throw new ArgumentException("The reference has no serviceUrl.", nameof(reference));
        EnsureHttpUrl(serviceUrl);
        trust.MarkVerified(serviceUrl);
        return Create(serviceUrl);
    }

    /// <summary>For a configured address: the token goes only where it is trusted.</summary>
    public ConnectorClient Create(string serviceUrl)
    {
        EnsureHttpUrl(serviceUrl);
        return new ConnectorClient(serviceUrl, httpClientFactory.CreateClient(HttpClientName), tokenProvider, trust.IsTrusted(serviceUrl), _retryPipeline);
    }

    private static void EnsureHttpUrl(string serviceUrl)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException("serviceUrl must be an absolute http(s) URL.", nameof(serviceUrl));
        }
    }
}
