using System.ComponentModel.DataAnnotations;

namespace ServiceBot.BotFramework;

/// <summary>Protocol settings beyond the bot's identity (section <c>BotFramework</c>). Defaults suit Azure Bot Service.</summary>
public sealed class BotFrameworkOptions
{
    public const string SectionName = "BotFramework";

    /// <summary>Largest accepted body of a POST to /api/messages; larger requests get 413.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxRequestBodyBytes { get; set; } = 512 * 1024;

    /// <summary>OpenID metadata of the Bot Connector service (no hyphen in "openidconfiguration", as published).</summary>
    [Required]
    public string ChannelOpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>OpenID metadata for tokens from the Bot Framework Emulator (Entra ID v2 common endpoint).</summary>
    [Required]
    public string EmulatorOpenIdMetadataUrl { get; set; } = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";

    /// <summary>Signing keys are re-read at least this often, and on an unknown key id no more often than <see cref="MinimumKeyRefreshInterval"/>.</summary>
    public TimeSpan KeyRefreshInterval { get; set; } = TimeSpan.FromHours(12);

    public TimeSpan MinimumKeyRefreshInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Entra ID authority host for the bot's app token (client credentials).</summary>
    [Required]
    public string AuthorityHost { get; set; } = "https://login.microsoftonline.com";

    /// <summary>
    /// Hosts a token may be sent to without a verified activity having named them (proactive messages after a restart).
    /// Exact host names only: a suffix such as trafficmanager.net can be registered by anyone.
    /// </summary>
    public IList<string> AllowedServiceUrlHosts { get; } =
    [
        "smba.trafficmanager.net",
        "smba.infra.gcc.teams.microsoft.com",
        "smba.infra.gov.teams.microsoft.us",
    ];

    /// <summary>A redelivered activity (same conversation and activity id) within this window is processed once.</summary>
    public TimeSpan DeduplicationWindow { get; set; } = TimeSpan.FromMinutes(10);

    [Range(0, 10)]
    public int ConnectorMaxRetries { get; set; } = 3;

    public TimeSpan ConnectorBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest Retry-After the connector will wait for; a longer one fails the send rather than hold the turn.</summary>
    public TimeSpan ConnectorMaxRetryAfter { get; set; } = TimeSpan.FromSeconds(20);
}
