namespace ServiceBot.LoadTest.Bots;

/// <summary>
/// The environment a bot under test starts with: Production, the bot's identity, where the channel's keys and the
/// Entra stand-in are, the trust folder for the stand-in's certificate, its database, and any extra settings.
/// Inherited settings that would change the bot's configuration are cleared first, so runs are reproducible.
/// </summary>
internal static class BotEnvironment
{
    public const string AppId = "7c1e2a5b-6d4f-4e3a-9b8c-0d1e2f3a4b5c";
    public const string AppPassword = "loadbench-client-secret";

    /// <summary>Prefixes of inherited variables removed from the child's environment.</summary>
    public static IReadOnlyCollection<string> ClearedPrefixes { get; } =
        ["MicrosoftApp", "BotFramework__", "Storage__", "Proactive__", "Content__", "Logging__", "TeamsApp__", "ASPNETCORE_", "DOTNET_ENVIRONMENT"];

    /// <param name="otherMetadataUrls">
    /// The Emulator's and Entra ID's OpenID metadata, pointed at the loopback channel too, so a bot that reads them
    /// early never reaches for Microsoft's hosts during a benchmark.
    /// </param>
    public static Dictionary<string, string> For(
        string channelMetadataUrl,
        (string Emulator, string Entra) otherMetadataUrls,
        string authorityHost,
        string trustDirectories,
        BotStorage storage,
        IReadOnlyDictionary<string, string> extra)
    {
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(extra);
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["DOTNET_ENVIRONMENT"] = "Production",
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = AppPassword,
            ["MicrosoftAppTenantId"] = Script.ConversationIdentity.TenantId,
            ["BotFramework__ChannelOpenIdMetadataUrl"] = channelMetadataUrl,
            ["BotFramework__EmulatorOpenIdMetadataUrl"] = otherMetadataUrls.Emulator,
            ["BotFramework__EntraOpenIdMetadataUrl"] = otherMetadataUrls.Entra,
            ["BotFramework__AuthorityHost"] = authorityHost,
            [Entra.LoopbackCertificate.TrustVariable] = trustDirectories,
        };
        foreach (var (name, value) in storage.Settings.Concat(extra))
        {
            environment[name] = value;
        }

        return environment;
    }
}
