namespace ServiceBot.WebIdentity;

/// <summary>The authentication schemes behind people's sign-in.</summary>
public static class WebIdentitySchemes
{
    /// <summary>The default: picks one of the others per request (local mode, a Teams bearer token, or the session cookie).</summary>
    public const string Web = "ServiceBot.Web";

    /// <summary>The session cookie, issued by the browser sign-in and by the Teams token exchange.</summary>
    public const string Session = "ServiceBot.Session";

    /// <summary>Entra ID OpenID Connect sign-in in a browser.</summary>
    public const string Entra = "ServiceBot.Entra";

    /// <summary>A Teams tab's single sign-on token sent as <c>Authorization: Bearer</c>.</summary>
    public const string TeamsSso = "ServiceBot.TeamsSso";

    /// <summary>Local mode: everyone is the local person.</summary>
    public const string Local = "ServiceBot.Local";

    /// <summary>The session cookie's name (the <c>__Host-</c> prefix pins it to this host, HTTPS and path /).</summary>
    public const string SessionCookieName = "__Host-servicebot-session";
}
