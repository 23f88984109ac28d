using ServiceBot.Hosting;

namespace ServiceBot.Proactive;

/// <summary>
/// A background service that sends whatever is due at every tick of its poll interval; a failed tick is logged and the
/// next one tries again, so a database that is briefly down never stops the host.
/// </summary>
public abstract class PollingDispatcher(TimeProvider time) : DisposalSafeBackgroundService
{
    protected TimeProvider Time { get; } = time;

    protected abstract TimeSpan PollInterval { get; }

    /// <summary>Sends what is due now; returns how many messages went out.</summary>
    public abstract Task<int> DispatchDueAsync(CancellationToken cancellationToken);

    protected abstract void LogTickFailed(Exception exception, TimeSpan retryIn);

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = PollInterval;
        using var timer = new PeriodicTimer(interval, Time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await DispatchDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogTickFailed(ex, interval);
            }
        }
    }
}
