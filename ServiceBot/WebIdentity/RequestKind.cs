
namespace ServiceBot.WebIdentity;

/// <summary>What kind of request a protected endpoint got: a page a person navigates to, or a script's call.</summary>
public static class RequestKind
{
    /// <summary>The query flag the Teams tab's contentUrl carries (a page never waits for teams-js to say where it runs).</summary>
    public const string InTeamsParameter = "inTeams";

    /// <summary>
    /// A browser navigating to a page (GET or HEAD, <c>Sec-Fetch-Mode: navigate</c>, or without that header an
    /// <c>Accept</c> of HTML): it is sent to sign in. Anything else (fetch, scripts, API clients) gets a 401.
    /// </summary>
    public static bool IsPage(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            return false;
        }

        var mode = request.Headers["Sec-Fetch-Mode"].ToString();
        if (mode.Length > 0)
        {
            return string.Equals(mode, "navigate", StringComparison.OrdinalIgnoreCase);
        }

        return BearerToken.From(request) is null &&
            request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The page was opened in a Teams tab (<c>?inTeams=true</c>), where Entra's sign-in page cannot be shown.</summary>
    public static bool IsInTeams(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return string.Equals(request.Query[InTeamsParameter].ToString(), "true", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Where to come back after signing in: this request's own path and query.</summary>
    public static string ReturnUrl(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return $"{request.PathBase}{request.Path}{request.QueryString}";
    }
}
