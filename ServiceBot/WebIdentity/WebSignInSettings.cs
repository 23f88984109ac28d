using ServiceBot.BotFramework.Authentication;

namespace ServiceBot.WebIdentity;

/// <summary>
/// The sign-in configuration in force, resolved once from <c>WebSignIn</c> and the bot's credentials: the mode, the
/// app registration, and the addresses and audiences derived from them.
/// </summary>
public sealed record WebSignInSettings(
    WebSignInMode Mode,
    string? UnavailableReason,
    string ClientId,
    string? ClientSecret,
    string TenantId,
    string Instance,
    string? Domain,
    string Scope,
    TimeSpan SessionLifetime)
{
    public const string DomainFallbackKey = "TeamsApp:Domain";

    public bool IsLocal => Mode == WebSignInMode.Local;

    public bool CanSignIn => Mode == WebSignInMode.SignIn;

    /// <summary>The v2.0 authority of the tenant (browser sign-in and v2 tokens).</summary>
    public string Authority => $"{Instance}/{TenantId}/v2.0";

    public string V2MetadataAddress => $"{Authority}/.well-known/openid-configuration";

    public string V1MetadataAddress => $"{Instance}/{TenantId}/.well-known/openid-configuration";

    /// <summary>What a token for this app may name as its audience: the client id, and the Application ID URI forms when the domain is known.</summary>
    public IReadOnlyList<string> Audiences => Domain is null
        ? [ClientId]
        : [ClientId, $"api://{Domain}/{ClientId}", $"api://{Domain}/botid-{ClientId}"];

    public static WebSignInSettings Resolve(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        BotCredentialsOptions credentials;
        WebSignInOptions options;
        try
        {
            credentials = configuration.Get<BotCredentialsOptions>() ?? new BotCredentialsOptions();
            options = configuration.GetSection(WebSignInOptions.SectionName).Get<WebSignInOptions>() ?? new WebSignInOptions();
        }
        catch (InvalidOperationException ex)
        {
            // A value of the wrong type: the options validators stop the app at start with the key's name.
            return new WebSignInSettings(WebSignInMode.Unavailable, ex.Message, string.Empty, null, string.Empty, "https://login.microsoftonline.com", null, "access_as_user", TimeSpan.FromHours(8));
        }

        var instance = options.Instance.TrimEnd('/');
        var domain = Blank(options.Domain) ?? Blank(configuration[DomainFallbackKey]);
        domain = domain?.ToLowerInvariant();
        var scope = string.IsNullOrWhiteSpace(options.Scope) ? "access_as_user" : options.Scope.Trim();

        if (credentials.IsAuthenticationDisabled && Blank(options.ClientId) is null)
        {
            return new WebSignInSettings(WebSignInMode.Local, null, string.Empty, null, string.Empty, instance, domain, scope, options.SessionLifetime);
        }

        var managedIdentity = credentials.MicrosoftAppType == MicrosoftAppType.UserAssignedMSI;
        var clientId = Blank(options.ClientId) ?? (managedIdentity ? null : Blank(credentials.MicrosoftAppId));
        var ownRegistration = string.Equals(clientId, credentials.MicrosoftAppId, StringComparison.OrdinalIgnoreCase);
        var secret = Blank(options.ClientSecret) ?? (ownRegistration && !managedIdentity ? Blank(credentials.MicrosoftAppPassword) : null);
        var tenant = Blank(options.TenantId) ?? Blank(credentials.MicrosoftAppTenantId);

        var missing = new List<string>();
        if (clientId is null)
        {
            missing.Add("WebSignIn:ClientId (a managed identity cannot sign people in: give an app registration)");
        }

        if (secret is null)
        {
            missing.Add("WebSignIn:ClientSecret");
        }

        if (tenant is null)
        {
            missing.Add("WebSignIn:TenantId (or MicrosoftAppTenantId)");
        }

        var reason = missing.Count == 0 ? null : $"web sign-in needs {string.Join(", ", missing)}";
        return new WebSignInSettings(
            reason is null ? WebSignInMode.SignIn : WebSignInMode.Unavailable,
            reason,
            clientId ?? string.Empty,
            secret,
            tenant?.ToLowerInvariant() ?? string.Empty,
            instance,
            domain,
            scope,
            options.SessionLifetime);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
