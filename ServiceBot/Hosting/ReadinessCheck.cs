using Microsoft.Extensions.Diagnostics.HealthChecks;
using ServiceBot.Content;
using ServiceBot.Understanding;

namespace ServiceBot.Hosting;

/// <summary>
/// Part of /ready only: unhealthy until the live content's intent classifier is trained (at start it trains in the
/// background while the bot already answers exact words). /healthz does not include it.
/// </summary>
public sealed class ReadinessCheck(ContentStore content) : IHealthCheck
{
    public const string Tag = "ready";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(UnderstandingModels.For(content.Current).IsClassifierReady
            ? HealthCheckResult.Healthy("intent classifier trained")
            : HealthCheckResult.Unhealthy("intent classifier still training"));
}
