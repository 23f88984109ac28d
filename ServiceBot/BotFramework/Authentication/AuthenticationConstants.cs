namespace ServiceBot.BotFramework.Authentication;

/// <summary>Issuer, claim and scope values of the Bot Framework authentication protocol.</summary>
public static class AuthenticationConstants
{
    public const string BotFrameworkIssuer = "https://api.botframework.com";
    public const string BotConnectorScope = "https://api.botframework.com/.default";
    public const string BotConnectorResource = "https://api.botframework.com";
    public const string MultiTenantAuthority = "botframework.com";
    public const string ServiceUrlClaim = "serviceurl";
    public const string AppIdClaim = "appid";
    public const string AuthorizedPartyClaim = "azp";
    public const string VersionClaim = "ver";
    public const string TenantIdClaim = "tid";
    public const string BearerScheme = "Bearer";

    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    public static readonly string[] AllowedSigningAlgorithms = ["RS256", "RS384", "RS512"];

    /// <summary>
    /// Entra ID tenants of Azure Bot Service, whose v1 and v2 issuers sign channel tokens as the service moves from
    /// <c>api.botframework.com</c> to Entra ID (the Agents SDK's default valid issuers).
    /// </summary>
    public static readonly string[] BotServiceTenantIds =
    [
        "d6d49420-f39b-4df7-a1dc-d59a935871db",
        "f8cdef31-a31e-4b4a-93e4-5f571e91255a",
        "69e9b82d-4842-4902-8d1e-abc5b98a55e8",
    ];

    /// <summary>The audiences a token for this bot may carry: the app id, and the App ID URI forms Entra ID v1 tokens use.</summary>
    public static string[] AudiencesFor(string appId) => [appId, $"api://{appId}", $"api://botid-{appId}"];

    /// <summary>Issuers of tokens the Bot Framework Emulator obtains (v3.1, v3.2 and US Government tenants).</summary>
    public static readonly string[] EmulatorIssuers =
    [
        "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/",
        "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0",
        "https://sts.windows.net/f8cdef31-a31e-4b4a-93e4-5f571e91255a/",
        "https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0",
        "https://sts.windows.net/cab8a31a-1906-4287-a0d8-4eef66b95f6e/",
        "https://login.microsoftonline.us/cab8a31a-1906-4287-a0d8-4eef66b95f6e/v2.0",
    ];
}
