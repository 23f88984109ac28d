using System.Text.Json;
using System.Text.Json.Serialization;

namespace ServiceBot.Storage;

/// <summary>
/// Where the conversation's live card is: the id of the message the channel gave it (from the ResourceResponse of
/// its send), kept beside the conversation state under <c>{conversation key}/live-card</c>. When the turn already
/// knows it (the pressed card, a card updated in place) it is written in the turn's own transaction
/// (<see cref="WriteAsync"/>); when it comes from the channel's answer to a send, right after that answer, whether
/// the send went at once or was retried from the outbox (<see cref="OutboxMessage.LiveCardKey"/>).
/// </summary>
public sealed class LiveCardStore(IStateStore store)
{
    public static string KeyFor(string conversationKey) => conversationKey + "/live-card";

    public async Task<string?> GetAsync(string conversationKey, CancellationToken cancellationToken) =>
        IdOf(await store.ReadAsync(KeyFor(conversationKey), cancellationToken));

    /// <summary>The live card's message id, read inside a turn's transaction (on the connection the turn reads with).</summary>
    public static async Task<string?> ReadAsync(ITurnTransaction transaction, string conversationKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        return IdOf(await transaction.ReadStateAsync(KeyFor(conversationKey), cancellationToken));
    }

    /// <summary>
    /// Records the live card's message id inside a turn's transaction, so it is committed with the turn's state and
    /// outbox (a crash after the commit cannot lose it). A concurrent write surfaces as the turn's own conflict.
    /// </summary>
    public static async Task WriteAsync(ITurnTransaction transaction, string conversationKey, string activityId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        var key = KeyFor(conversationKey);
        var current = await transaction.ReadStateAsync(key, cancellationToken);
        if (current is not null && IdOf(current) == activityId)
        {
            return;
        }

        await transaction.WriteStateAsync(key, JsonSerializer.Serialize(new LiveCardRecord(activityId)), current?.ETag, cancellationToken);
    }

    /// <summary>
    /// Records the live card's message id (known only once a send is answered); the latest delivery wins, so the write
    /// overwrites whatever is there (<see cref="ETags.Any"/>) in one statement, without reading it first.
    /// </summary>
    public Task SetAsync(string conversationKey, string activityId, CancellationToken cancellationToken) =>
        store.WriteAsync(KeyFor(conversationKey), JsonSerializer.Serialize(new LiveCardRecord(activityId)), ETags.Any, cancellationToken);

    private static string? IdOf(StoreItem? item) =>
        item is null ? null : JsonSerializer.Deserialize<LiveCardRecord>(item.Json)?.ActivityId;

    private sealed record LiveCardRecord([property: JsonPropertyName("activityId")] string ActivityId);
}
