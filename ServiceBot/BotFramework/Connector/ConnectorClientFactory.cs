using Microsoft.Extensions.Options;
using Polly;
using ServiceBot.BotFramework.Authentication;
using ServiceBot.BotFramework.Schema;

namespace ServiceBot.BotFramework.Connector;

/// <summary>
/// Hands out <see cref="ConnectorClient"/>s bound to a serviceUrl, deciding once whether the bot's token may go there,
/// from how the serviceUrl was learned (<see cref="ServiceUrlProvenance"/>). In local mode (no app id) no token exists,
/// and the bot sends only to loopback serviceUrls.
/// </summary>
public sealed class ConnectorClientFactory(
    IHttpClientFactory httpClientFactory,
    IAppTokenProvider tokenProvider,
    ServiceUrlTrust trust,
    IOptions<BotFrameworkOptions> options,
    IOptions<BotCredentialsOptions> credentials,
    TimeProvider timeProvider)
{
    public const string HttpClientName = "ServiceBot.Connector";

    // Built by the first Connector call (the warm-up's rehearsal, once the port is open) rather than with the services
    // that send, which the host builds before it opens: Polly's first use (its options checked by reflection) is a
    // noticeable part of a start. The settings it checks are checked at start by BotFrameworkOptions' own ranges.
    private readonly Lazy<ResiliencePipeline<HttpResponseMessage>> _retryPipeline = new(() => ConnectorRetryPolicy.Create(options.Value, timeProvider));

    /// <summary>For the serviceUrl of the activity being processed, authenticated as <paramref name="provenance"/> says.</summary>
    public ConnectorClient CreateForActivity(string serviceUrl, ServiceUrlProvenance provenance) => Create(serviceUrl, provenance);

    /// <summary>
    /// For a conversation reference the bot stored itself, with the provenance stored beside it. A serviceUrl a
    /// verified token named stays trusted after a restart; one recorded in local mode is never sent the bot's token.
    /// </summary>
    public ConnectorClient CreateForStoredReference(ConversationReference reference, ServiceUrlProvenance provenance)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var serviceUrl = reference.ServiceUrl ?? throw new ArgumentException("The reference has no serviceUrl.", nameof(reference));
        return Create(serviceUrl, provenance);
    }

    /// <summary>For a serviceUrl the bot stored itself (a reply in the outbox), with the provenance stored beside it.</summary>
    public ConnectorClient CreateForStoredServiceUrl(string serviceUrl, ServiceUrlProvenance provenance) => Create(serviceUrl, provenance);

    /// <summary>For a configured address: the token goes only where it is trusted.</summary>
    public ConnectorClient Create(string serviceUrl) => Create(serviceUrl, ServiceUrlProvenance.Unknown);

    /// <summary>
    /// For the start's rehearsal (<see cref="Turns.TurnPathWarmUp"/>): the Connector calls and their retry pipeline as a
    /// reply takes them, ending at <paramref name="transport"/> in process, with no token. Nothing leaves the process.
    /// </summary>
    public ConnectorClient CreateForRehearsal(string serviceUrl, HttpMessageHandler transport) =>
        new(serviceUrl, new HttpClient(transport, disposeHandler: false), new NoAppTokenProvider(), mayAttachToken: false, _retryPipeline.Value, refusal: null);

    private ConnectorClient Create(string serviceUrl, ServiceUrlProvenance provenance)
    {
        var uri = EnsureHttpUrl(serviceUrl);
        var refusal = Refusal(uri, provenance);
        if (refusal is null && provenance == ServiceUrlProvenance.VerifiedChannel)
        {
            trust.MarkVerified(serviceUrl);
        }

        return new ConnectorClient(
            serviceUrl,
            httpClientFactory.CreateClient(HttpClientName),
            tokenProvider,
            refusal is null && trust.IsTrusted(serviceUrl),
            _retryPipeline.Value,
            refusal);
    }

    private string? Refusal(Uri serviceUrl, ServiceUrlProvenance provenance)
    {
        if (credentials.Value.IsAuthenticationDisabled)
        {
            return serviceUrl.IsLoopback
                ? null
                : $"In local mode the bot sends only to loopback serviceUrls, not to {serviceUrl.Host}.";
        }

        return provenance == ServiceUrlProvenance.LocalMode
            ? $"The bot's token is not sent to {serviceUrl.Host}: that serviceUrl was recorded in local mode, unauthenticated."
            : null;
    }

    private static Uri EnsureHttpUrl(string serviceUrl)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException("serviceUrl must be an absolute http(s) URL.", nameof(serviceUrl));
        }

        return uri;
    }
}
