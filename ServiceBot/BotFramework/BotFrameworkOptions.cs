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

    /// <summary>
    /// OpenID metadata of an Entra ID tenant that issues channel tokens (the bot's own tenant and the Bot Service
    /// tenants); <c>{tenantId}</c> is replaced by the tenant of the token's issuer.
    /// </summary>
    [Required]
    [RegularExpression(@".*\{tenantId\}.*", ErrorMessage = "BotFramework:EntraOpenIdMetadataUrl must contain {{tenantId}}.")] // braces doubled: the message is a format string
    public string EntraOpenIdMetadataUrl { get; set; } = "https://login.microsoftonline.com/{tenantId}/v2.0/.well-known/openid-configuration";

    /// <summary>
    /// Keys older than this are re-read in the background while they keep serving; an unknown key id re-reads them
    /// at once, but no more often than <see cref="MinimumKeyRefreshInterval"/>.
    /// </summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan KeyRefreshInterval { get; set; } = TimeSpan.FromHours(12);

    /// <summary>Least time between two attempts to re-read keys that are still usable (unknown key id, failed refresh).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan MinimumKeyRefreshInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Longest time one read of a metadata document and its key set may take. Only a request that finds no keys at
    /// all waits for it; with none, the request is answered 503 with Retry-After.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00")]
    public TimeSpan KeyFetchTimeout { get; set; } = TimeSpan.FromSeconds(5);

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

    // The retry pipeline (built at the first Connector call) accepts delays from zero to a day; checked at start here.
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan ConnectorBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest Retry-After the connector will wait for; a longer one fails the send rather than hold the turn.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan ConnectorMaxRetryAfter { get; set; } = TimeSpan.FromSeconds(20);
}
