using System.Text.Json;
using System.Text.Json.Serialization;
using ServiceBot.Storage;

namespace ServiceBot.Dialogs;

/// <summary>
/// Where the conversation's live card is: the id of the message the channel gave it (from the ResourceResponse of
/// its send), kept beside the conversation state under <c>{conversation key}/live-card</c>. Written after the card is
/// delivered, so it is its own small record and never competes with the turn's state save.
/// </summary>
public sealed class LiveCardStore(IStateStore store)
{
    public static string KeyFor(string conversationKey) => conversationKey + "/live-card";

    public async Task<string?> GetAsync(string conversationKey, CancellationToken cancellationToken)
    {
        var item = await store.ReadAsync(KeyFor(conversationKey), cancellationToken);
        return item is null ? null : JsonSerializer.Deserialize<LiveCardRecord>(item.Json)?.ActivityId;
    }

    /// <summary>Records the live card's message id; the latest delivery wins.</summary>
    public async Task SetAsync(string conversationKey, string activityId, CancellationToken cancellationToken)
    {
        var key = KeyFor(conversationKey);
        var json = JsonSerializer.Serialize(new LiveCardRecord(activityId));
        for (var attempt = 1; ; attempt++)
        {
            var current = await store.ReadAsync(key, cancellationToken);
            try
            {
                await store.WriteAsync(key, json, current?.ETag, cancellationToken);
                return;
            }
            catch (StoreConflictException) when (attempt < 3)
            {
                // Another delivery recorded its card at the same moment: read again and write ours last.
            }
        }
    }

    private sealed record LiveCardRecord([property: JsonPropertyName("activityId")] string ActivityId);
}
