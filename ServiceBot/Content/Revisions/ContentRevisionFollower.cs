using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ServiceBot.Content.Revisions;

/// <summary>
/// Keeps this instance on the published revision: every poll interval it reads the live revision's id (one small
/// query) and, when it has moved, reloads the content store from the database. A publish on this instance applies
/// at once through <see cref="RefreshAsync"/>; on another instance within one interval.
/// </summary>
public sealed class ContentRevisionFollower(
    ContentStore store,
    IContentRevisionStore revisions,
    LiveRevisionSource source,
    IOptions<ContentOptions> options,
    TimeProvider time,
    ILogger<ContentRevisionFollower> logger) : BackgroundService
{
    private readonly SemaphoreSlim checking = new(1, 1);
    /// <summary>The revision this instance last loaded (served, unless this build rejected it).</summary>
    public long Applied => source.LastRead;

    /// <summary>Reloads now if the live revision differs from the one served.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        await checking.WaitAsync(cancellationToken);
        try
        {
            var live = await revisions.GetLiveIdAsync(cancellationToken);
            if (live is not { } id || id == Applied)
            {
                return;
            }

            var result = await store.ReloadAsync(cancellationToken);
            if (result.Snapshot is not null)
            {
                ContentRevisionLog.Followed(logger, Applied, result.Snapshot.Version.Hash);
            }
        }
        finally
        {
            checking.Release();
        }
    }

    public override void Dispose()
    {
        checking.Dispose();
        base.Dispose();
        GC.SuppressFinalize(this);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(options.Value.PublishPollMilliseconds), time);
        while (await WaitAsync(timer, stoppingToken))
        {
            try
            {
                await RefreshAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                ContentRevisionLog.FollowFailed(logger, ex);
            }
        }
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
