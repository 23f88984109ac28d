using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using ServiceBot.BotFramework.Deduplication;
using ServiceBot.BotFramework.Schema;

namespace ServiceBot.BotFramework;

/// <summary>
/// Processes a redelivered activity once, on any instance and after a restart. Teams retries a POST it thinks timed out
/// and re-sends invokes; a redelivery of the same channel, conversation and activity id gets the first delivery's
/// outcome, read from <see cref="IProcessedActivityStore"/>, instead of running the turn again. Within this instance a
/// redelivery that arrives while the first is still in flight awaits it (only deliveries in flight are held in memory). Activities without an id are always
/// processed; a turn that failed before committing is not recorded, so its redelivery runs again. A turn that reads the
/// record itself under its conversation's lock (<see cref="RedeliveryCheck.InTheTurn"/>) is not looked up first: that
/// would cost a round trip to the database that the turn repeats anyway.
/// </summary>
public sealed class ActivityDeduplicator(
    IOptions<BotFrameworkOptions> options,
    IProcessedActivityStore processed,
    TimeProvider timeProvider,
    ILogger<ActivityDeduplicator> logger)
{
    private readonly ConcurrentDictionary<string, Delivery> _deliveries = new(StringComparer.Ordinal);
    private DateTimeOffset _nextSweep = DateTimeOffset.MinValue;

    /// <summary>How many deliveries are in flight (held in memory).</summary>
    internal int InFlight => _deliveries.Count;

    public Task<(InvokeResponse? Response, bool IsRedelivery)> RunOnceAsync(Activity activity, Func<Task<DeliveryOutcome>> process) =>
        RunOnceAsync(activity, RedeliveryCheck.BeforeTheTurn, process);

    public async Task<(InvokeResponse? Response, bool IsRedelivery)> RunOnceAsync(Activity activity, RedeliveryCheck check, Func<Task<DeliveryOutcome>> process)
    {
        ArgumentNullException.ThrowIfNull(process);
        if (ProcessedActivityKey.From(activity) is not { } key)
        {
            return ((await process()).Response, false);
        }

        var now = timeProvider.GetUtcNow();
        Sweep(now);
        var candidate = new Delivery(new Lazy<Task<(InvokeResponse?, bool)>>(() => RunAsync(key, check, process)), now + options.Value.DeduplicationWindow);
        var name = key.ToString();
        var delivery = _deliveries.AddOrUpdate(name, candidate, (_, existing) => existing.ExpiresAt > now ? existing : candidate);
        try
        {
            var (response, isRedelivery) = await delivery.Outcome.Value;
            return (response, isRedelivery || !ReferenceEquals(delivery, candidate));
        }
        finally
        {
            if (ReferenceEquals(delivery, candidate))
            {
                // Only a delivery in flight is kept in memory: once it is done, its record in the database answers a
                // redelivery. Keeping finished ones (with the turn they closed over) for the window grew the process
                // by tens of MB per thousand conversations.
                _deliveries.TryRemove(new KeyValuePair<string, Delivery>(name, candidate));
            }
        }
    }

    private async Task<(InvokeResponse?, bool)> RunAsync(ProcessedActivityKey key, RedeliveryCheck check, Func<Task<DeliveryOutcome>> process)
    {
        if (check == RedeliveryCheck.BeforeTheTurn && await processed.FindAsync(key, CancellationToken.None) is { } first)
        {
            return (first.Response, true);
        }

        var outcome = await process();
        if (outcome.Record == DeliveryRecord.NotRecorded)
        {
            try
            {
                await processed.TryRecordAsync(new ProcessedActivity(key, outcome.Response), CancellationToken.None);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The turn ran; only a redelivery's protection is lost.
                BotFrameworkLog.ProcessedRecordFailed(logger, ex);
            }
        }

        return (outcome.Response, outcome.Record == DeliveryRecord.AlreadyProcessed);
    }

    private void Sweep(DateTimeOffset now)
    {
        if (now < _nextSweep)
        {
            return;
        }

        _nextSweep = now + TimeSpan.FromMinutes(1);
        foreach (var (key, delivery) in _deliveries)
        {
            if (delivery.ExpiresAt <= now)
            {
                _deliveries.TryRemove(new KeyValuePair<string, Delivery>(key, delivery));
            }
        }
    }

    private sealed record Delivery(Lazy<Task<(InvokeResponse?, bool)>> Outcome, DateTimeOffset ExpiresAt);
}
