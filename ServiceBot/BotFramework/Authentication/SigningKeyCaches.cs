using Microsoft.Extensions.Options;

namespace ServiceBot.BotFramework.Authentication;

/// <summary>The two key sources a bot trusts: the Bot Connector service and the Emulator's Entra ID tenant.</summary>
public sealed class SigningKeyCaches : IDisposable
{
    public SigningKeyCaches(IOptions<BotFrameworkOptions> options, OpenIdMetadataRetriever retriever, TimeProvider timeProvider)
    {
        var o = options.Value;
        Channel = new SigningKeyCache(o.ChannelOpenIdMetadataUrl, retriever, timeProvider, o.KeyRefreshInterval, o.MinimumKeyRefreshInterval);
        Emulator = new SigningKeyCache(o.EmulatorOpenIdMetadataUrl, retriever, timeProvider, o.KeyRefreshInterval, o.MinimumKeyRefreshInterval);
    }

    public SigningKeyCache Channel { get; }

    public SigningKeyCache Emulator { get; }

    public void Dispose()
    {
        Channel.Dispose();
        Emulator.Dispose();
    }
}
