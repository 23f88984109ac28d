using ServiceBot.BotFramework.Connector;
using ServiceBot.BotFramework.Schema;

namespace ServiceBot.Storage;

/// <summary>
/// Where to send proactive messages: one <see cref="ConversationReference"/> per conversation id and user id, kept with
/// its <see cref="ServiceUrlProvenance"/> (how the activity it came from was authenticated), which decides whether the
/// bot's token may be sent to its serviceUrl later.
/// </summary>
public interface IConversationReferenceStore
{
    /// <summary>Inserts or replaces the reference for its conversation id and user id, with its provenance.</summary>
    /// <exception cref="ArgumentException">Conversation id, user id, channel id or service URL is missing.</exception>
    Task SaveAsync(ConversationReference reference, ServiceUrlProvenance provenance, CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves the reference as <see cref="SaveAsync"/> does and creates the state item <paramref name="stateKey"/> unless
    /// it exists, in one transaction (one commit: an install's reference and its welcome record); true when the item
    /// was created. The reference is saved either way.
    /// </summary>
    Task<bool> SaveWithNewStateAsync(
        ConversationReference reference, ServiceUrlProvenance provenance, string stateKey, string stateJson, CancellationToken cancellationToken = default);

    /// <summary>
    /// Runs <see cref="SaveWithNewStateAsync"/>'s statements and rolls them back: the start's warm-up (nothing is kept).
    /// </summary>
    Task RehearseSaveWithNewStateAsync(
        ConversationReference reference, ServiceUrlProvenance provenance, string stateKey, string stateJson, CancellationToken cancellationToken = default);

    /// <summary>The reference for this conversation and user, or null.</summary>
    Task<StoredConversationReference?> GetAsync(string conversationId, string userId, CancellationToken cancellationToken = default);

    /// <summary>Every conversation the user has with the bot, most recently saved first.</summary>
    Task<IReadOnlyList<StoredConversationReference>> FindByUserAsync(string userId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Every conversation of the user with this Entra object id (<c>user.aadObjectId</c>, what an admin can look up),
    /// most recently saved first.
    /// </summary>
    Task<IReadOnlyList<StoredConversationReference>> FindByAadObjectIdAsync(string aadObjectId, CancellationToken cancellationToken = default);

    /// <summary>Forgets a reference (for example after 403 MessageWritesBlocked); false when there was none.</summary>
    Task<bool> DeleteAsync(string conversationId, string userId, CancellationToken cancellationToken = default);
}
