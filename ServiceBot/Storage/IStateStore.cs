namespace ServiceBot.Storage;

/// <summary>
/// JSON documents by key with optimistic concurrency: conversation state (the dialog stack and its data) under
/// <see cref="StateKeys.Conversation"/>, user state (language, usted/tú, time zone) under <see cref="StateKeys.User"/>.
/// Every write gets a new ETag.
/// </summary>
public interface IStateStore
{
    /// <summary>The item stored under <paramref name="key"/>, or null when there is none.</summary>
    Task<StoreItem?> ReadAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores <paramref name="json"/> and returns its new ETag. <paramref name="expectedETag"/>: null creates (the key
    /// must not exist), <see cref="ETags.Any"/> overwrites, any other value must equal the stored ETag.
    /// </summary>
    /// <exception cref="StoreConflictException">The key exists (create) or its ETag changed or it was deleted (update).</exception>
    /// <exception cref="ArgumentException">The key is empty or the JSON is not valid.</exception>
    Task<string> WriteAsync(string key, string json, string? expectedETag, CancellationToken cancellationToken = default);

    /// <summary>Removes the item; false when there was none.</summary>
    Task<bool> DeleteAsync(string key, CancellationToken cancellationToken = default);
}
