using ServiceBot.Content;
using ServiceBot.Understanding;

namespace ServiceBot.Hosting;

/// <summary>
/// <c>GET /ready</c>: 200 once everything prepared at start is done, else 503 with Retry-After and what is still under
/// way: the live content's intent classifier (it trains in the background while the bot already answers exact words),
/// and the warm-up (<see cref="StartupWarmUp"/>: signing keys, app token, the turn path rehearsed), which has finished
/// when each step succeeded, failed or timed out. /healthz says the process is up and serving its content. A plain
/// endpoint, not a health check: polling it logs nothing.
/// </summary>
public static class ReadinessEndpoint
{
    public const string Path = "/ready";

    public static IEndpointRouteBuilder MapReadiness(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, (HttpContext http, ContentStore content, StartupWarmUp warmUp) =>
        {
            var classifierReady = UnderstandingModels.For(content.Current).IsClassifierReady;
            if (classifierReady && warmUp.Done.IsCompleted)
            {
                return Results.Text("ready");
            }

            var waiting = new List<string>();
            if (!classifierReady)
            {
                waiting.Add("intent classifier still training");
            }

            if (!warmUp.Done.IsCompleted)
            {
                waiting.Add($"warming up ({string.Join(", ", warmUp.Pending.DefaultIfEmpty("finishing"))})");
            }

            http.Response.Headers.RetryAfter = "1";
            return Results.Text(string.Join("; ", waiting), statusCode: StatusCodes.Status503ServiceUnavailable);
        });
        return endpoints;
    }
}
