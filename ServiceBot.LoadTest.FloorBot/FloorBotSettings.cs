namespace ServiceBot.LoadTest.FloorBot;

/// <summary>The bot's identity and the two addresses it talks to, under ServiceBot's configuration keys.</summary>
public sealed record FloorBotSettings(string AppId, string AppPassword, string TenantId, string ChannelMetadataUrl, string AuthorityHost)
{
    public static FloorBotSettings Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return new(
            Require(configuration, "MicrosoftAppId"),
            Require(configuration, "MicrosoftAppPassword"),
            Require(configuration, "MicrosoftAppTenantId"),
            Require(configuration, "BotFramework:ChannelOpenIdMetadataUrl"),
            Require(configuration, "BotFramework:AuthorityHost"));
    }

    private static string Require(IConfiguration configuration, string key) =>
        configuration[key] is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"The floor bot needs {key} (environment variable {key.Replace(":", "__", StringComparison.Ordinal)}).");
}
