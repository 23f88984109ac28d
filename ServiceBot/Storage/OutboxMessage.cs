using System.Text.Json;
using ServiceBot.BotFramework.Connector;
using ServiceBot.BotFramework.Schema;

namespace ServiceBot.Storage;

/// <summary>What an outbox row asks of the channel.</summary>
public enum OutboxKind
{
    /// <summary>Post the activity into the conversation (threaded under its <c>replyToId</c> when it has one).</summary>
    Send,

    /// <summary>Replace the message <see cref="OutboxMessage.TargetActivityId"/> (the card whose button was pressed); if the channel refuses, post it instead.</summary>
    Update,
}

/// <summary>
/// A reply a committed turn still has to deliver, written in the turn's transaction. <see cref="Activity"/> is addressed
/// (from the bot to the user, in the conversation); <see cref="ServiceUrl"/> and <see cref="Provenance"/> say where it
/// goes and whether the bot's token may go with it. Rows of one turn share <see cref="TurnId"/> and are delivered in
/// <see cref="Sequence"/> order.
/// </summary>
public sealed record OutboxMessage(
    string Id,
    string TurnId,
    int Sequence,
    string ConversationId,
    string ServiceUrl,
    ServiceUrlProvenance Provenance,
    OutboxKind Kind,
    string? TargetActivityId,
    Activity Activity)
{
    /// <summary>How many times a sender has taken it, the current one included.</summary>
    public int Attempts { get; init; }

    /// <summary>
    /// Set when the row carries the conversation's live card: the conversation key under which the id the channel gives
    /// a send of it (at once, from a retry, or an update that fell back to a send) is recorded (<see cref="LiveCardStore"/>).
    /// </summary>
    public string? LiveCardKey { get; init; }

    /// <summary>
    /// <see cref="Activity"/>'s protocol JSON (UTF-8), written once: the outbox row stores it as its text and the
    /// Connector sends the same bytes as the body (a card is not serialised again for the HTTP call). A row read back
    /// from the outbox carries its stored text. Written again only if a copy (<c>with</c>) changes the activity; not part
    /// of the record's equality.
    /// </summary>
    public byte[] ActivityJson
    {
        get => json.For(Activity);
        init => json = new WrittenJson(Activity, value);
    }

    private readonly WrittenJson json = new(null, null);

    /// <summary>The JSON of the activity it was written for; every instance equals every other, so equality is the row's.</summary>
    private sealed class WrittenJson(Activity? of, byte[]? utf8)
    {
        // One reference, so a reader on another thread sees an activity with its own JSON, never half of an update.
        private Box? box = of is null || utf8 is null ? null : new Box(of, utf8);

        public byte[] For(Activity activity)
        {
            var current = box;
            if (current is null || !ReferenceEquals(current.Of, activity))
            {
                current = new Box(activity, JsonSerializer.SerializeToUtf8Bytes(activity, ProtocolJson.Options));
                box = current;
            }

            return current.Utf8;
        }

        public override bool Equals(object? obj) => obj is WrittenJson;

        public override int GetHashCode() => 0;

        private sealed record Box(Activity Of, byte[] Utf8);
    }
}
