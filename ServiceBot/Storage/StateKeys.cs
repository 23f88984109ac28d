namespace ServiceBot.Storage;

/// <summary>The Bot Framework SDK's state keys, so data stays addressable the way the SDK documents it.</summary>
public static class StateKeys
{
    /// <summary><c>{channelId}/conversations/{conversationId}</c>: the dialog stack and its data.</summary>
    public static string Conversation(string channelId, string conversationId) =>
        $"{Required(channelId, nameof(channelId))}/conversations/{Required(conversationId, nameof(conversationId))}";

    /// <summary><c>{channelId}/users/{userId}</c>: what the bot keeps about a user across conversations.</summary>
    public static string User(string channelId, string userId) =>
        $"{Required(channelId, nameof(channelId))}/users/{Required(userId, nameof(userId))}";

    private static string Required(string value, string name) =>
        string.IsNullOrWhiteSpace(value) ? throw new ArgumentException($"A state key needs a {name}.", name) : value;
}
