namespace ServiceBot.BotFramework.Deduplication;

/// <summary>
/// The activities already processed, shared by every instance and kept across restarts for a retention window, so a
/// redelivery anywhere gets the first outcome and runs nothing. A turn that commits state records its activity in the
/// same transaction; other turns record it once they ran.
/// </summary>
public interface IProcessedActivityStore
{
    /// <summary>The first outcome of <paramref name="key"/>, or null when it has not been processed (or was purged).</summary>
    Task<ProcessedActivity?> FindAsync(ProcessedActivityKey key, CancellationToken cancellationToken);

    /// <summary>Records an outcome; false (and the first one stays) when the activity was recorded before.</summary>
    Task<bool> TryRecordAsync(ProcessedActivity processed, CancellationToken cancellationToken);
}
