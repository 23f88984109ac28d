using ServiceBot.BotFramework.Connector;
using ServiceBot.BotFramework.Schema;
using ServiceBot.Storage;

namespace ServiceBot.Turns;

/// <summary>
/// The start's rehearsed install (<see cref="TurnPathWarmUp"/>) as <see cref="Handlers.WelcomeHandler"/> sees the
/// reference store: the reference and the welcome record are written and rolled back
/// (<see cref="IConversationReferenceStore.RehearseSaveWithNewStateAsync"/>) and the record counts as new, so the
/// welcome goes out. Nothing else is asked of it during an install; anything else is refused, so nothing is kept.
/// </summary>
internal sealed class RehearsedReferences(IConversationReferenceStore store) : IConversationReferenceStore
{
    public async Task<bool> SaveWithNewStateAsync(
        ConversationReference reference, ServiceUrlProvenance provenance, string stateKey, string stateJson, CancellationToken cancellationToken = default)
    {
        await store.RehearseSaveWithNewStateAsync(reference, provenance, stateKey, stateJson, cancellationToken);
        return true;
    }

    public Task RehearseSaveWithNewStateAsync(
        ConversationReference reference, ServiceUrlProvenance provenance, string stateKey, string stateJson, CancellationToken cancellationToken = default) =>
        store.RehearseSaveWithNewStateAsync(reference, provenance, stateKey, stateJson, cancellationToken);

    public Task SaveAsync(ConversationReference reference, ServiceUrlProvenance provenance, CancellationToken cancellationToken = default) => Refused<bool>();

    public Task<StoredConversationReference?> GetAsync(string conversationId, string userId, CancellationToken cancellationToken = default) =>
        Refused<StoredConversationReference?>();

    public Task<IReadOnlyList<StoredConversationReference>> FindByUserAsync(string userId, CancellationToken cancellationToken = default) =>
        Refused<IReadOnlyList<StoredConversationReference>>();

    public Task<IReadOnlyList<StoredConversationReference>> FindByAadObjectIdAsync(string aadObjectId, CancellationToken cancellationToken = default) =>
        Refused<IReadOnlyList<StoredConversationReference>>();

    public Task<bool> DeleteAsync(string conversationId, string userId, CancellationToken cancellationToken = default) => Refused<bool>();

    private static Task<T> Refused<T>() =>
        Task.FromException<T>(new InvalidOperationException("The rehearsed install only saves its reference with its welcome record."));
}
