using Microsoft.Extensions.Hosting;
using ServiceBot.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ServiceBot.Storage;

/// <summary>Runs the <see cref="RetentionPurger"/> at start and then every <see cref="RetentionOptions.PurgeInterval"/>.</summary>
internal sealed class RetentionPurgeService(
    RetentionPurger purger,
    IOptions<StorageOptions> options,
    TimeProvider time,
    ILogger<RetentionPurgeService> logger) : DisposalSafeBackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
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
