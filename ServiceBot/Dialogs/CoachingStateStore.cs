using System.Text.Json;
using ServiceBot.BotFramework.Schema;
using ServiceBot.Storage;

namespace ServiceBot.Dialogs;

/// <summary>Reads and writes <see cref="CoachingState"/> as conversation state, with its ETag.</summary>
public sealed class CoachingStateStore(IStateStore store)
{
    public async Task<(CoachingState State, string? ETag)> LoadAsync(string key, CancellationToken cancellationToken)
    {
        var item = await store.ReadAsync(key, cancellationToken);
        return item is null
            ? (CoachingState.Initial, null)
            : (JsonSerializer.Deserialize<CoachingState>(item.Json, ProtocolJson.Options) ?? CoachingState.Initial, item.ETag);
    }

    /// <exception cref="StoreConflictException">Another turn saved the conversation since it was loaded.</exception>
    public Task<string> SaveAsync(string key, CoachingState state, string? etag, CancellationToken cancellationToken) =>
        store.WriteAsync(key, JsonSerializer.Serialize(state, ProtocolJson.Options), etag, cancellationToken);
}
