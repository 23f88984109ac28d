using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;

namespace ServiceBot.BotFramework.Authentication;

/// <summary>Token from the host's user-assigned managed identity (MicrosoftAppType = UserAssignedMSI).</summary>
public sealed class MsalManagedIdentityTokenProvider(IOptions<BotCredentialsOptions> credentials, IMsalHttpClientFactory httpClientFactory) : IAppTokenProvider
{
    private readonly IManagedIdentityApplication _client = ManagedIdentityApplicationBuilder
        .Create(ManagedIdentityId.WithUserAssignedClientId(credentials.Value.MicrosoftAppId))
        .WithHttpClientFactory(httpClientFactory)
        .Build();

    public async Task<string?> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken)
    {
        var result = await _client.AcquireTokenForManagedIdentity(AuthenticationConstants.BotConnectorResource)
            .WithForceRefresh(forceRefresh)
            .ExecuteAsync(cancellationToken);
        return result.AccessToken;
    }
}
