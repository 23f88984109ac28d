namespace ServiceBot.WebIdentity;

/// <summary>
/// The <c>WebSignIn</c> section: how people sign in to ServiceBot's pages. Every key is optional; by default people
/// sign in against the bot's own app registration (<c>MicrosoftAppId</c>, <c>MicrosoftAppPassword</c>,
/// <c>MicrosoftAppTenantId</c>) and the Teams tab's domain is <c>TeamsApp:Domain</c>.
/// </summary>
public sealed class WebSignInOptions
{
    public const string SectionName = "WebSignIn";

    /// <summary>The app registration people sign in to; needed when the bot runs as a managed identity (UserAssignedMSI).</summary>
    public string? ClientId { get; init; }

    /// <summary>That registration's client secret (for the sign-in's code exchange).</summary>
    public string? ClientSecret { get; init; }

    /// <summary>The one Entra tenant whose people may sign in.</summary>
    public string? TenantId { get; init; }

    /// <summary>The Entra ID host.</summary>
    public string Instance { get; init; } = "https://login.microsoftonline.com";

    /// <summary>The public host name that serves the tab (the Application ID URI is <c>api://{Domain}/botid-{ClientId}</c>).</summary>
    public string? Domain { get; init; }

    /// <summary>The scope the app registration exposes for the Teams tab; a Teams token without it is refused.</summary>
    public string Scope { get; init; } = "access_as_user";

    /// <summary>How long a sign-in lasts without use (sliding).</summary>
    public TimeSpan SessionLifetime { get; init; } = TimeSpan.FromHours(8);
}
