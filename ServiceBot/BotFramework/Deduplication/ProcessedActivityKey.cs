using ServiceBot.BotFramework.Schema;

namespace ServiceBot.BotFramework.Deduplication;

/// <summary>What identifies one delivery of an activity: its channel, conversation and activity id.</summary>
public sealed record ProcessedActivityKey(string ChannelId, string ConversationId, string ActivityId)
{
    /// <summary>The key of <paramref name="activity"/>, or null when it has no id (such an activity is always processed).</summary>
    public static ProcessedActivityKey? From(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return string.IsNullOrEmpty(activity.Id) || string.IsNullOrEmpty(activity.Conversation?.Id)
            ? null
            : new ProcessedActivityKey(activity.ChannelId ?? string.Empty, activity.Conversation.Id, activity.Id);
    }

    public override string ToString() => $"{ChannelId}|{ConversationId}|{ActivityId}";
}
