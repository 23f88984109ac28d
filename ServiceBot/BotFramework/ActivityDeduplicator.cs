using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using ServiceBot.BotFramework.Schema;

namespace ServiceBot.BotFramework;

/// <summary>
/// Processes a redelivered activity once. Teams retries a POST it thinks timed out and re-sends invokes; a redelivery of
/// the same conversation and activity id within the window shares the first delivery's outcome (an in-flight one is
/// awaited) instead of running the turn again. Activities without an id are always processed.
/// </summary>
public sealed class ActivityDeduplicator(IOptions<BotFrameworkOptions> options, TimeProvider timeProvider)
{
    private readonly ConcurrentDictionary<string, Delivery> _deliveries = new(StringComparer.Ordinal);
    private DateTimeOffset _nextSweep = DateTimeOffset.MinValue;

    public async Task<(InvokeResponse? Response, bool IsRedelivery)> RunOnceAsync(Activity activity, Func<Task<InvokeResponse?>> process)
    {
        if (string.IsNullOrEmpty(activity.Id) || string.IsNullOrEmpty(activity.Conversation?.Id))
        {
            return (await process(), false);
        }

        var now = timeProvider.GetUtcNow();
        Sweep(now);
        var key = $"{activity.ChannelId}|{activity.Conversation.Id}|{activity.Id}";
        var candidate = new Delivery(new Lazy<Task<InvokeResponse?>>(process), now + options.Value.DeduplicationWindow);
        var delivery = _deliveries.AddOrUpdate(key, candidate, (_, existing) => existing.ExpiresAt > now ? existing : candidate);
        var response = await delivery.Outcome.Value;
        return (response, !ReferenceEquals(delivery, candidate));
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

    private sealed record Delivery(Lazy<Task<InvokeResponse?>> Outcome, DateTimeOffset ExpiresAt);
}
