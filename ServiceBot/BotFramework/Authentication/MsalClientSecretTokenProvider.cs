using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace ServiceBot.BotFramework.Authentication;

/// <summary>
/// Client-credentials token from Entra ID through one long-lived MSAL client, whose in-memory cache holds and renews
/// the token (and <see cref="HeldAppToken"/> in front of it). Single-tenant bots use their tenant's authority; multi-tenant bots the <c>botframework.com</c> tenant.
/// </summary>
public sealed class MsalClientSecretTokenProvider : IAppTokenProvider
{
    private readonly IConfidentialClientApplication _client;
    private readonly HeldAppToken _held;

    public MsalClientSecretTokenProvider(IOptions<BotCredentialsOptions> credentials, IOptions<BotFrameworkOptions> options, IMsalHttpClientFactory httpClientFactory, TimeProvider time)
    {
        _held = new HeldAppToken(time);
        var c = credentials.Value;
        var tenant = c.MicrosoftAppType == MicrosoftAppType.SingleTenant ? c.MicrosoftAppTenantId : AuthenticationConstants.MultiTenantAuthority;
        var authorityHost = options.Value.AuthorityHost.TrimEnd('/');
        _client = ConfidentialClientApplicationBuilder.Create(c.MicrosoftAppId)
            .WithAuthority($"{authorityHost}/{tenant}")
            .WithInstanceDiscovery(IsPublicCloud(authorityHost))
            .WithClientSecret(c.MicrosoftAppPassword)
            .WithHttpClientFactory(httpClientFactory)
            .Build();
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

        var result = await _client.AcquireTokenForClient([AuthenticationConstants.BotConnectorScope])
            .WithForceRefresh(forceRefresh)
            .ExecuteAsync(cancellationToken);
        return _held.Keep(result.AccessToken, result.ExpiresOn, result.AuthenticationResultMetadata?.RefreshOn);
    }
}
