using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace ServiceBot.BotFramework.Authentication;

/// <summary>
/// Client-credentials token from Entra ID through one long-lived MSAL client, whose in-memory cache holds and renews
/// the token. Single-tenant bots use their tenant's authority; multi-tenant bots the <c>botframework.com</c> tenant.
/// </summary>
public sealed class MsalClientSecretTokenProvider : IAppTokenProvider
{
    private readonly IConfidentialClientApplication _client;

    public MsalClientSecretTokenProvider(IOptions<BotCredentialsOptions> credentials, IOptions<BotFrameworkOptions> options)
    {
        var c = credentials.Value;
        var tenant = c.MicrosoftAppType == MicrosoftAppType.SingleTenant ? c.MicrosoftAppTenantId : AuthenticationConstants.MultiTenantAuthority;
        _client = ConfidentialClientApplicationBuilder.Create(c.MicrosoftAppId)
            .WithAuthority($"{options.Value.AuthorityHost.TrimEnd('/')}/{tenant}")
            .WithClientSecret(c.MicrosoftAppPassword)
            .Build();
    }

    public async Task<string?> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken)
    {
        var result = await _client.AcquireTokenForClient([AuthenticationConstants.BotConnectorScope])
            .WithForceRefresh(forceRefresh)
            .ExecuteAsync(cancellationToken);
        return result.AccessToken;
    }
}
