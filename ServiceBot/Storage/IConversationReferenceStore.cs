using ServiceBot.BotFramework.Schema;

namespace ServiceBot.Storage;

/// <summary>
/// Where to send proactive messages: one <see cref="ConversationReference"/> per conversation id and user id.
/// Save only references taken from authenticated activities: the bot later trusts the stored service URL.
/// </summary>
public interface IConversationReferenceStore
{
    /// <summary>Inserts or replaces the reference for its conversation id and user id.</summary>
    /// <exception cref="ArgumentException">Conversation id, user id, channel id or service URL is missing.</exception>
    Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken = default);

    /// <summary>The reference for this conversation and user, or null.</summary>
    Task<ConversationReference?> GetAsync(string conversationId, string userId, CancellationToken cancellationToken = default);

    /// <summary>Every conversation the user has with the bot, most recently saved first.</summary>
    Task<IReadOnlyList<ConversationReference>> FindByUserAsync(string userId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Every conversation of the user with this Entra object id (<c>user.aadObjectId</c>, what an admin can look up),
    /// most recently saved first.
    /// </summary>
    Task<IReadOnlyList<ConversationReference>> FindByAadObjectIdAsync(string aadObjectId, CancellationToken cancellationToken = default);

    /// <summary>Forgets a reference (for example after 403 MessageWritesBlocked); false when there was none.</summary>
    Task<bool> DeleteAsync(string conversationId, string userId, CancellationToken cancellationToken = default);
}
