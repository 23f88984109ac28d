using System.Text;
using System.Text.Encodings.Web;
using ServiceBot.Localization;
using ServiceBot.WebIdentity;

namespace ServiceBot.Web.Studio;

/// <summary>
/// The studio's page: a shell the bundled script (<c>/assets/studio.js</c>, built from web/src/studio) fills in. In the
/// Teams tab (<c>?inTeams=true</c>) the Teams client library is loaded too, so the tab reports it loaded.
/// </summary>
internal static class StudioPage
{
    private const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; connect-src 'self'; img-src 'self' data: https:; " +
        "font-src 'self'; base-uri 'none'; form-action 'self'; " + TeamsFrameAncestors.Directive;

    public static async Task WriteAsync(HttpContext context)
    {
        var inTeams = RequestKind.IsInTeams(context.Request);
        var html = new StringBuilder()
            .Append("<!doctype html><html lang=\"es\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>ServiceBot · Estudio de contenido</title></head><body>")
            .Append(LocalModeBanner.Html(context, Language.Spanish))
            .Append("<main id=\"studio\" data-api=\"").Append(HtmlEncoder.Default.Encode(StudioEndpoints.Path + "/api")).Append("\" data-in-teams=\"")
            .Append(inTeams ? "true" : "false").Append("\"></main>")
            .Append(inTeams ? "<script src=\"/assets/teams-tab.js\"></script>" : string.Empty)
            .Append("<script src=\"/assets/studio.js\"></script></body></html>");
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        context.Response.Headers.CacheControl = "no-store";
        await context.Response.WriteAsync(html.ToString(), context.RequestAborted);
    }
}
