using ServiceBot.Content;
using ServiceBot.Understanding;

namespace ServiceBot.Hosting;

/// <summary>
/// <c>GET /ready</c>: 200 once everything prepared at start is done (the live content's intent classifier, which
/// trains in the background while the bot already answers exact words), else 503 with Retry-After. /healthz says the
/// process is up and serving its content. A plain endpoint, not a health check: polling it logs nothing.
/// </summary>
public static class ReadinessEndpoint
{
    public const string Path = "/ready";

    public static IEndpointRouteBuilder MapReadiness(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, (HttpContext http, ContentStore content) =>
        {
            if (UnderstandingModels.For(content.Current).IsClassifierReady)
            {
                return Results.Text("ready");
            }

            http.Response.Headers.RetryAfter = "1";
            return Results.Text("intent classifier still training", statusCode: StatusCodes.Status503ServiceUnavailable);
        });
        return endpoints;
    }
}
