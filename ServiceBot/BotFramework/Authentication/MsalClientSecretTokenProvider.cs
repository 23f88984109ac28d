using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace ServiceBot.BotFramework.Authentication;

/// <summary>
/// Client-credentials token from Entra ID through one long-lived MSAL client, whose in-memory cache holds and renews
/// the token (and <see cref="HeldAppToken"/> in front of it). Single-tenant bots use their tenant's authority; multi-tenant bots the <c>botframework.com</c> tenant.
/// </summary>
public sealed class MsalClientSecretTokenProvider : IAppTokenProvider
{
    private readonly Lazy<IConfidentialClientApplication> _client;
    private readonly HeldAppToken _held;

    /// <remarks>
    /// The MSAL client is built when the first token is asked for (the warm-up, once the port is open), not when the
    /// services that send are built before it opens: building it is MSAL's first use, a noticeable part of a start.
    /// </remarks>
    public MsalClientSecretTokenProvider(IOptions<BotCredentialsOptions> credentials, IOptions<BotFrameworkOptions> options, IMsalHttpClientFactory httpClientFactory, TimeProvider time)
    {
        _held = new HeldAppToken(time);
        var c = credentials.Value;
        var tenant = c.MicrosoftAppType == MicrosoftAppType.SingleTenant ? c.MicrosoftAppTenantId : AuthenticationConstants.MultiTenantAuthority;
        var authorityHost = options.Value.AuthorityHost.TrimEnd('/');
        var instanceDiscovery = IsPublicCloud(authorityHost); // a malformed host still stops the start
        _client = new(() => ConfidentialClientApplicationBuilder.Create(c.MicrosoftAppId)
            .WithAuthority($"{authorityHost}/{tenant}")
            .WithInstanceDiscovery(instanceDiscovery)
            .WithClientSecret(c.MicrosoftAppPassword)
            .WithHttpClientFactory(httpClientFactory)
            .Build());
    }

    // Instance discovery resolves aliases of Microsoft's own clouds; a configured private authority host has none.
    private static bool IsPublicCloud(string authorityHost) =>
        new Uri(authorityHost).Host.EndsWith("login.microsoftonline.com", StringComparison.OrdinalIgnoreCase) ||
        new Uri(authorityHost).Host.EndsWith("login.microsoftonline.us", StringComparison.OrdinalIgnoreCase);

    public async Task<string?> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken)
    {
        if (!forceRefresh && _held.Current is { } token)
        {
            return token;
        }

        var result = await _client.Value.AcquireTokenForClient([AuthenticationConstants.BotConnectorScope])
            .WithForceRefresh(forceRefresh)
            .ExecuteAsync(cancellationToken);
        return _held.Keep(result.AccessToken, result.ExpiresOn, result.AuthenticationResultMetadata?.RefreshOn);
    }
}
