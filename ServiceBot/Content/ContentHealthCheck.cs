using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ServiceBot.Content;

/// <summary>Degraded while the last content edit is rejected, so an admin sees that the bot still runs the old content.</summary>
public sealed class ContentHealthCheck(ContentStore store) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var version = store.Current.Version.ToString();
        var errors = store.LastErrors;
        var data = new Dictionary<string, object> { ["version"] = version };
        return Task.FromResult(errors.Count == 0
            ? HealthCheckResult.Healthy($"content {version}", data)
            : HealthCheckResult.Degraded(
                $"content edit rejected ({errors.Count} error(s), first: {errors[0]}); {version} stays live", data: data));
    }
}
