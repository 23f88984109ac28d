using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;

namespace ServiceBot.BotFramework.Authentication;

/// <summary>Token from the host's user-assigned managed identity (MicrosoftAppType = UserAssignedMSI).</summary>
public sealed class MsalManagedIdentityTokenProvider(IOptions<BotCredentialsOptions> credentials, IMsalHttpClientFactory httpClientFactory, TimeProvider time) : IAppTokenProvider
{
    private readonly HeldAppToken _held = new(time);

    // Built at the first token, as MsalClientSecretTokenProvider's client is.
    private readonly Lazy<IManagedIdentityApplication> _client = new(() => ManagedIdentityApplicationBuilder
        .Create(ManagedIdentityId.WithUserAssignedClientId(credentials.Value.MicrosoftAppId))
        .WithHttpClientFactory(httpClientFactory)
        .Build());

    public async Task<string?> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken)
    {
        if (!forceRefresh && _held.Current is { } token)
        {
            return token;
        }

        var result = await _client.Value.AcquireTokenForManagedIdentity(AuthenticationConstants.BotConnectorResource)
            .WithForceRefresh(forceRefresh)
            .ExecuteAsync(cancellationToken);
        return _held.Keep(result.AccessToken, result.ExpiresOn, result.AuthenticationResultMetadata?.RefreshOn);
    }
}
