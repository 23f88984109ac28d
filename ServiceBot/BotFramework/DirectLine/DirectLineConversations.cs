using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace ServiceBot.BotFramework.DirectLine;

/// <summary>
/// The local Direct Line's conversations, kept in memory (a page open on this computer; the bot's own state, sessions
/// and answers are in its database). At most <see cref="MaxConversations"/>: making one more forgets the one used
/// least recently, whose client then gets 404 and starts again.
/// </summary>
public sealed class DirectLineConversations(TimeProvider time)
{
    public const int MaxConversations = 500;

    private readonly ConcurrentDictionary<string, DirectLineConversation> _conversations = new(StringComparer.Ordinal);

    /// <summary>Raised with the id of a conversation that was forgotten to make room.</summary>
    public event Action<string>? Forgotten;

    public DirectLineConversation Create(string userId, DirectLinePersona persona, string? locale)
    {
        while (_conversations.Count >= MaxConversations)
        {
            var oldest = _conversations.Values.MinBy(c => c.LastUsed);
            if (oldest is not null && _conversations.TryRemove(oldest.Id, out _))
            {
                Forgotten?.Invoke(oldest.Id);
            }
        }

        var conversation = new DirectLineConversation(NewId(), userId, persona, time.GetUtcNow()) { Locale = locale };
        _conversations[conversation.Id] = conversation;
        return conversation;
    }

    public DirectLineConversation? Find(string conversationId) => _conversations.GetValueOrDefault(conversationId);

    // Direct Line's conversation ids are opaque letters and digits; 128 random bits cannot be guessed.
    private static string NewId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
