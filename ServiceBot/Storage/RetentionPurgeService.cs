using Microsoft.Extensions.Hosting;
using ServiceBot.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ServiceBot.Storage;

/// <summary>
/// Runs the <see cref="RetentionPurger"/> once the app has started and then every <see cref="RetentionOptions.PurgeInterval"/>.
/// The first purge waits for the port to open: it is days' worth of retention, and on two cores its first statements
/// would otherwise compete with the start.
/// </summary>
internal sealed class RetentionPurgeService(
    RetentionPurger purger,
    IOptions<StorageOptions> options,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    ILogger<RetentionPurgeService> logger) : DisposalSafeBackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await lifetime.WhenStartedAsync(stoppingToken);
        var retention = options.Value.Retention;
        if (retention.FeedbackCommentDays is null && retention.SessionDays is null)
        {
            // Personal data is kept; the delivery records (de-duplication, outbox) are still purged.
            StorageLog.RetentionOff(logger);
        }

        using var timer = new PeriodicTimer(retention.PurgeInterval, time);
        do
        {
            try
            {
                await purger.PurgeAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A failed purge (database briefly down) is retried at the next tick rather than stopping the app.
                StorageLog.RetentionPurgeFailed(logger, ex, retention.PurgeInterval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
