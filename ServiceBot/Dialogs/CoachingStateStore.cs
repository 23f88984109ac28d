using System.Text.Json;
using ServiceBot.BotFramework.Schema;
using ServiceBot.Storage;

namespace ServiceBot.Dialogs;

/// <summary>Reads and writes <see cref="CoachingState"/> as conversation state, with its ETag.</summary>
public sealed class CoachingStateStore(IStateStore store)
{
    /// <summary>The JSON property that holds <see cref="CoachingState.ActiveSessionId"/>, for a turn that reads the session with the state.</summary>
    public const string ActiveSessionIdProperty = "activeSessionId";

    public async Task<(CoachingState State, string? ETag)> LoadAsync(string key, CancellationToken cancellationToken) =>
        Read(await store.ReadAsync(key, cancellationToken));

    /// <exception cref="StoreConflictException">Another turn saved the conversation since it was loaded.</exception>
    public Task<string> SaveAsync(string key, CoachingState state, string? etag, CancellationToken cancellationToken) =>
        store.WriteAsync(key, ToJson(state), etag, cancellationToken);

    /// <summary>The state in a stored item (the initial state when there is none) and the item's ETag.</summary>
    public static (CoachingState State, string? ETag) Read(StoreItem? item) => item is null
        ? (CoachingState.Initial, null)
        : (JsonSerializer.Deserialize<CoachingState>(item.Json, ProtocolJson.Options) ?? CoachingState.Initial, item.ETag);

    public static string ToJson(CoachingState state) => JsonSerializer.Serialize(state, ProtocolJson.Options);
}
