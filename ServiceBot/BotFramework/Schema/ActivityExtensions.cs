namespace ServiceBot.BotFramework.Schema;

public static class ActivityExtensions
{
    /// <summary>Addresses an outgoing activity as a reply to <paramref name="incoming"/>: from and recipient swapped, same conversation.</summary>
    public static Activity AsReplyTo(this Activity outgoing, Activity incoming) => outgoing with
    {
        From = incoming.Recipient,
        Recipient = incoming.From,
        Conversation = incoming.Conversation,
        ChannelId = incoming.ChannelId,
        ReplyToId = outgoing.ReplyToId ?? incoming.Id,
        Locale = outgoing.Locale ?? incoming.Locale,
        Id = null,
        Timestamp = null,
        ServiceUrl = null,
    };

    public static ConversationReference GetConversationReference(this Activity activity) => new()
    {
        ActivityId = activity.Id,
        User = activity.From,
        Bot = activity.Recipient,
        Conversation = activity.Conversation,
        ChannelId = activity.ChannelId,
        ServiceUrl = activity.ServiceUrl,
        Locale = activity.Locale,
    };

    /// <summary>Addresses an outgoing activity to a stored conversation (proactive message).</summary>
    public static Activity ApplyConversationReference(this Activity outgoing, ConversationReference reference) => outgoing with
    {
        From = reference.Bot,
        Recipient = reference.User,
        Conversation = reference.Conversation,
        ChannelId = reference.ChannelId,
        Locale = outgoing.Locale ?? reference.Locale,
        Id = null,
        Timestamp = null,
        ServiceUrl = null,
    };

    public static IEnumerable<Entity> EntitiesOfType(this Activity activity, string type) =>
        activity.Entities?.Where(e => string.Equals(e.Type, type, StringComparison.Ordinal)) ?? [];
}
