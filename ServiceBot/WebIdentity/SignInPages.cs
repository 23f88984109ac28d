using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Text.Json;
using ServiceBot.Localization;

namespace ServiceBot.WebIdentity;

/// <summary>
/// The few server-rendered pages of sign-in (failed, refused, unavailable, signed out, the Teams tab's sign-in), in
/// Spanish or English after <c>Accept-Language</c>. No script runs except the Teams sign-in's own file.
/// </summary>
internal static class SignInPages
{
    private const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'self'; " +
        TeamsFrameAncestors.Directive;

    public static Language LanguageOf(HttpRequest request)
    {
        var first = request.Headers.AcceptLanguage.ToString().Split(',', StringSplitOptions.TrimEntries).FirstOrDefault();
        return LocaleResolver.Resolve(first?.Split(';')[0]);
    }

    public static Task WriteMessageAsync(HttpContext context, int status, string titleKey, string messageKey, string? linkHref = null, string? linkKey = null, string? detail = null)
    {
        var language = LanguageOf(context.Request);
        var body = new StringBuilder()
            .Append("<h1>").Append(Encode(SignInTexts.Get(titleKey, language))).Append("</h1>")
            .Append("<p>").Append(Encode(SignInTexts.Get(messageKey, language))).Append("</p>");
        if (detail is not null)
        {
            body.Append("<p class=\"detail\">").Append(Encode(detail)).Append("</p>");
        }

        if (linkHref is not null && linkKey is not null)
        {
            body.Append("<p><a href=\"").Append(Encode(linkHref)).Append("\">").Append(Encode(SignInTexts.Get(linkKey, language))).Append("</a></p>");
        }

        return WriteAsync(context, status, language, SignInTexts.Get(titleKey, language), body.ToString(), bodyAttributes: null, scripts: []);
    }

    /// <summary>The Teams tab's sign-in page: teams-js gets the SSO token, which is traded for the session, then back to the page.</summary>
    public static Task WriteTeamsSignInAsync(HttpContext context, string returnUrl)
    {
        var language = LanguageOf(context.Request);
        string T(string key) => SignInTexts.Get(key, language);
        var texts = JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["signingIn"] = T(SignInTexts.TeamsSigningIn),
            ["notInTeams"] = T(SignInTexts.TeamsNotInTeams),
            ["tokenFailed"] = T(SignInTexts.TeamsTokenFailed),
            ["refused"] = T(SignInTexts.TeamsRefused),
            ["cookiesBlocked"] = T(SignInTexts.TeamsCookiesBlocked),
        });
        var body = new StringBuilder()
            .Append("<h1>ServiceBot</h1>")
            .Append("<p id=\"status\" role=\"status\" aria-live=\"polite\">").Append(Encode(T(SignInTexts.TeamsSigningIn))).Append("</p>")
            .Append("<p id=\"fallback\" hidden><button type=\"button\" id=\"retry\">").Append(Encode(T(SignInTexts.TryAgain))).Append("</button> ")
            .Append("<a id=\"open-in-browser\" target=\"_blank\" rel=\"noopener\" href=\"").Append(Encode($"/signin?returnUrl={Uri.EscapeDataString(returnUrl)}")).Append("\">")
            .Append(Encode(T(SignInTexts.OpenInBrowser))).Append("</a></p>");
        var attributes = $" data-return-url=\"{Encode(returnUrl)}\" data-texts=\"{Encode(texts)}\"";
        return WriteAsync(context, StatusCodes.Status200OK, language, T(SignInTexts.SignInTitle), body.ToString(), attributes,
            [TeamsScripts.TeamsJs, TeamsScripts.SignIn]);
    }

    private static async Task WriteAsync(HttpContext context, int status, Language language, string title, string body, string? bodyAttributes, IReadOnlyList<string> scripts)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.CacheControl = "no-store";
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        response.Headers["Referrer-Policy"] = "no-referrer";
        response.Headers.XContentTypeOptions = "nosniff";
        var html = new StringBuilder()
            .Append("<!doctype html><html lang=\"").Append(language == Language.English ? "en" : "es").Append("\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(Encode(title)).Append(" · ServiceBot</title>")
            .Append("<link rel=\"stylesheet\" href=\"/identity/sign-in.css\"></head>")
            .Append("<body").Append(bodyAttributes).Append("><main>")
            .Append(LocalModeBanner.Html(context, language))
            .Append(body)
            .Append("</main>");
        foreach (var script in scripts)
        {
            html.Append("<script src=\"").Append(Encode(script)).Append("\"></script>");
        }

        html.Append("</body></html>");
        await response.WriteAsync(html.ToString(), context.RequestAborted);
    }

    // Accents and ñ stay as they are (the page is UTF-8); markup characters are escaped.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static string Encode(string text) => Encoder.Encode(text);
}

/// <summary>The scripts of the Teams sign-in page, served from wwwroot (no CDN).</summary>
public static class TeamsScripts
{
    /// <summary>teams-js 2.58.0 (MIT), the UMD build from the npm package @microsoft/teams-js.</summary>
    public const string TeamsJs = "/lib/teams-js/2.58.0/MicrosoftTeams.min.js";

    public const string SignIn = "/identity/teams-sign-in.js";
}
