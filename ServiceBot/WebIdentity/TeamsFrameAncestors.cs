namespace ServiceBot.WebIdentity;

/// <summary>
/// The hosts that may show ServiceBot's pages in a frame (Teams on the web and desktop, Microsoft 365, Outlook), for
/// a <c>Content-Security-Policy: frame-ancestors</c> on every page that runs as a Teams tab.
/// </summary>
public static class TeamsFrameAncestors
{
    public const string Sources =
        "'self' https://teams.microsoft.com https://*.teams.microsoft.com https://*.cloud.microsoft " +
        "https://*.microsoft365.com https://*.office.com https://outlook.office.com https://outlook.office365.com";

    public const string Directive = "frame-ancestors " + Sources;
}
