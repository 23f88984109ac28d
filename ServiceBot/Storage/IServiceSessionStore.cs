namespace ServiceBot.Storage;

/// <summary>Service sessions, updated with optimistic concurrency (<see cref="ServiceSession.ETag"/>).</summary>
public interface IServiceSessionStore
{
    /// <summary>Stores a new session and returns it with its ETag.</summary>
    /// <exception cref="StoreConflictException">A session with this id exists.</exception>
    Task<ServiceSession> CreateAsync(ServiceSession session, CancellationToken cancellationToken = default);

    /// <summary>The session with this id, or null.</summary>
    Task<ServiceSession?> GetAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Replaces a session read earlier and returns it with its new ETag.</summary>
    /// <exception cref="StoreConflictException">The session changed since it was read, or was removed.</exception>
    Task<ServiceSession> UpdateAsync(ServiceSession session, CancellationToken cancellationToken = default);

    /// <summary>An agent's sessions started in [<paramref name="from"/>, <paramref name="to"/>), oldest first.</summary>
    Task<IReadOnlyList<ServiceSession>> ListByAgentAsync(
        string agentId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default);

    /// <summary>Deletes sessions started before <paramref name="cutoff"/> (retention); returns how many.</summary>
    Task<int> PurgeStartedBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default);
}
