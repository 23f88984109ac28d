using ServiceBot.BotFramework.Schema;

namespace ServiceBot.Storage;

/// <summary>
/// An activity to send proactively at <see cref="DueAt"/> into the conversation with this user (addressed then from
/// the stored <see cref="ConversationReference"/>). The <see cref="Id"/> is chosen by the caller, so scheduling twice
/// is harmless and related messages can be cancelled together by a common prefix.
/// </summary>
public sealed record ScheduledMessage(string Id, string ConversationId, string UserId, DateTimeOffset DueAt, Activity Activity)
{
    /// <summary>How many times a dispatcher has claimed it, the current claim included (0 when scheduled).</summary>
    public int Attempts { get; init; }
}
