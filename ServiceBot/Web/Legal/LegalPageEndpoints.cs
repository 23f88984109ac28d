using System.Text;
using System.Text.Encodings.Web;
using Markdig;
using ServiceBot.Content.Revisions;
using ServiceBot.Localization;
using ServiceBot.Web.Studio;
using ServiceBot.WebIdentity;

namespace ServiceBot.Web.Legal;

/// <summary>
/// <c>/privacy</c> and <c>/terms</c>, the pages the Teams manifest links to, served from the published content
/// (<c>pages/privacy.es.md</c>, <c>pages/privacy.en.md</c>…) so admins edit them in the studio like any other text.
/// Open to anyone; Spanish unless the browser asks for English (or <c>?lang=en</c>). Raw HTML in the Markdown is not rendered.
/// </summary>
public static class LegalPageEndpoints
{
    private const string ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' https: data:; base-uri 'none'; form-action 'none'";

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    public static IEndpointRouteBuilder MapLegalPages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/privacy", (HttpContext context, IContentRevisionStore revisions, StudioDraftFiles files, string? lang) =>
            WriteAsync(context, revisions, files, "privacy", lang)).AllowAnonymous();
        endpoints.MapGet("/terms", (HttpContext context, IContentRevisionStore revisions, StudioDraftFiles files, string? lang) =>
            WriteAsync(context, revisions, files, "terms", lang)).AllowAnonymous();
        return endpoints;
    }

    private static async Task WriteAsync(HttpContext context, IContentRevisionStore revisions, StudioDraftFiles files, string page, string? lang)
    {
        var language = lang is { Length: > 0 } ? LocaleResolver.Resolve(lang) : LanguageOf(context.Request);
        var code = language == Language.English ? "en" : "es";
        string? markdown = null;
        if (await revisions.GetLiveIdAsync(context.RequestAborted) is { } live && await files.ParentAsync(live, context.RequestAborted) is { } set)
        {
            markdown = (set.Find($"pages/{page}.{code}.md") ?? set.Find($"pages/{page}.es.md"))?.TryGetText();
        }

        context.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        context.Response.ContentType = "text/html; charset=utf-8";
        if (markdown is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            markdown = language == Language.English
                ? $"# Page not written yet\n\nAn admin can write it in the studio (pages/{page}.{code}.md)."
                : $"# Página aún no escrita\n\nUna persona administradora puede escribirla en el estudio (pages/{page}.{code}.md).";
        }

        var body = Markdown.ToHtml(markdown.TrimStart('\uFEFF'), Pipeline);
        var title = markdown.Split('\n').FirstOrDefault(line => line.StartsWith("# ", StringComparison.Ordinal))?[2..].Trim() ?? "ServiceBot";
        var html = new StringBuilder()
            .Append("<!doctype html><html lang=\"").Append(code).Append("\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>").Append(HtmlEncoder.Default.Encode(title)).Append("</title>")
            .Append("<style>body{font-family:\"Segoe UI\",system-ui,sans-serif;max-width:44rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1f1f24}h1{font-size:1.6rem}h2{font-size:1.15rem;margin-top:1.6rem}</style>")
            .Append("</head><body>")
            .Append(LocalModeBanner.Html(context, language))
            .Append("<main>").Append(body).Append("</main></body></html>");
        await context.Response.WriteAsync(html.ToString(), context.RequestAborted);
    }

    private static Language LanguageOf(HttpRequest request)
    {
        var first = request.Headers.AcceptLanguage.ToString().Split(',', StringSplitOptions.TrimEntries).FirstOrDefault();
        return LocaleResolver.Resolve(first?.Split(';')[0]);
    }
}
