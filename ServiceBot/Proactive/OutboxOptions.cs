using System.ComponentModel.DataAnnotations;

namespace ServiceBot.Proactive;

/// <summary>The <c>Outbox</c> section: how a turn's replies are sent after it commits, and retried when that fails.</summary>
public sealed class OutboxOptions
{
    public const string SectionName = "Outbox";

    /// <summary>
    /// Longest time an inbound request waits for its replies to reach the channel (Teams gives up at about 15 s and
    /// redelivers). Whatever is not sent by then keeps going in the background, and the outbox retries what fails.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:14")]
    public TimeSpan ReplyBudget { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How often the background sender looks for replies to retry.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "1.00:00:00")]
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long a sender holds the replies it took (the turn's own instance holds them from the commit); if it dies
    /// meanwhile, another instance sends them once this has passed. Longer than one send with its retries can take.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:10", "01:00:00")]
    public TimeSpan HoldFor { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>The wait before the first retry; it doubles with each failure, and a longer Retry-After wins.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The longest wait between two tries.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan RetryMaxDelay { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>A reply that failed this many sends is given up, with an error in the log.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; init; } = 8;

    /// <summary>At most this many replies are taken at once by the background sender.</summary>
    [Range(1, 1000)]
    public int BatchSize { get; init; } = 50;
}
