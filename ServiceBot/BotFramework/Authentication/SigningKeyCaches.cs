using Microsoft.Extensions.Options;

namespace ServiceBot.BotFramework.Authentication;

/// <summary>
/// The key sources a bot trusts: the Bot Connector service (<c>api.botframework.com</c>), the Emulator's Entra ID
/// metadata, and the Entra ID tenants that may issue channel tokens (the bot's own and the Bot Service tenants).
/// </summary>
public sealed class SigningKeyCaches : IDisposable
{
    private readonly Dictionary<string, SigningKeyCache> _channelTenants = new(StringComparer.OrdinalIgnoreCase);

    public SigningKeyCaches(
        IOptions<BotFrameworkOptions> options,
        IOptions<BotCredentialsOptions> credentials,
        OpenIdMetadataRetriever retriever,
        TimeProvider timeProvider,
        ILoggerFactory loggerFactory,
        BotAuthenticationMetrics metrics)
    {
        var o = options.Value;
        var settings = SigningKeyCacheSettings.From(o);
        var logger = loggerFactory.CreateLogger<SigningKeyCache>();
        Channel = new SigningKeyCache(o.ChannelOpenIdMetadataUrl, retriever, timeProvider, settings, logger, metrics);
        Emulator = new SigningKeyCache(o.EmulatorOpenIdMetadataUrl, retriever, timeProvider, settings, logger, metrics);

        var tenants = AuthenticationConstants.BotServiceTenantIds.ToList();
        if (Guid.TryParse(credentials.Value.MicrosoftAppTenantId, out var botTenant))
        {
            tenants.Add(botTenant.ToString("D"));
        }

        foreach (var tenant in tenants.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var url = o.EntraOpenIdMetadataUrl.Replace("{tenantId}", tenant, StringComparison.Ordinal);
            _channelTenants[tenant] = new SigningKeyCache(url, retriever, timeProvider, settings, logger, metrics);
        }
    }

    public SigningKeyCache Channel { get; }

    public SigningKeyCache Emulator { get; }

    /// <summary>The keys of an Entra ID tenant trusted to issue channel tokens; false for any other tenant.</summary>
    public bool TryGetChannelTenant(string tenantId, out SigningKeyCache cache) =>
        _channelTenants.TryGetValue(tenantId, out cache!);

    public void Dispose()
    {
        Channel.Dispose();
        Emulator.Dispose();
        foreach (var cache in _channelTenants.Values)
        {
            cache.Dispose();
        }
    }
}
