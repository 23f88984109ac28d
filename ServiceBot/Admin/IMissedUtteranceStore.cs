namespace ServiceBot.Admin;

/// <summary>What agents said that was not understood, counted per distinct text, shared by every instance.</summary>
public interface IMissedUtteranceStore
{
    /// <summary>Counts one more occurrence under <paramref name="miss"/>'s key, keeping its latest text and guess.</summary>
    Task RecordAsync(MissedUtterance miss, CancellationToken cancellationToken = default);

    /// <summary>The most frequent seen since <paramref name="since"/>, then the most recent.</summary>
    Task<IReadOnlyList<MissedUtterance>> ListAsync(DateTimeOffset since, int limit, CancellationToken cancellationToken = default);

    /// <summary>Deletes those last seen before <paramref name="before"/>; returns how many.</summary>
    Task<int> PurgeAsync(DateTimeOffset before, CancellationToken cancellationToken = default);

    /// <summary>Takes one off the list (an example was added for it, or it is noise).</summary>
    Task<bool> DismissAsync(string key, CancellationToken cancellationToken = default);
}
