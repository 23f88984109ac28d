namespace ServiceBot.WebIdentity;

/// <summary>How ServiceBot's pages for people are protected.</summary>
public enum WebSignInMode
{
    /// <summary>Local mode (no app id, Development, loopback): pages open as a local person with every role.</summary>
    Local,

    /// <summary>People sign in with Entra ID (browser) or the Teams tab's single sign-on token.</summary>
    SignIn,

    /// <summary>Not configured (for example a managed-identity bot without <c>WebSignIn:ClientId</c>): pages answer 503.</summary>
    Unavailable,
}
