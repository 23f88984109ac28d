using ServiceBot.BotFramework;
using ServiceBot.BotFramework.Deduplication;
using ServiceBot.BotFramework.Schema;
using ServiceBot.Cards;
using ServiceBot.Content;
using ServiceBot.Storage;

namespace ServiceBot.Turns.Handlers;

/// <summary>
/// Greets a conversation once per install. Teams announces an install twice (conversationUpdate with the bot among
/// membersAdded, and installationUpdate add), in either order and possibly at once: the first to create the
/// conversation's <c>/welcomed</c> record sends the welcome, the other finds it and stays silent. The record is in the
/// database, so a restart or another instance does not welcome again, and a redelivery of an install needs no other
/// record; uninstalling removes it, so a new install is welcomed anew.
/// </summary>
public sealed class WelcomeHandler(ContentStore content, IStateStore state, IConversationReferenceStore references, TimeProvider time) : ITurnHandler
{
    public static string KeyFor(TurnContext turn) =>
        StateKeys.Conversation(turn.Activity.ChannelId ?? "unknown", turn.Activity.Conversation?.Id ?? "unknown") + "/welcomed";

    public static bool IsUninstall(TurnContext turn) =>
        turn.Activity.IsType(ActivityTypes.InstallationUpdate) && turn.Activity.Action is "remove" or "remove-upgrade";

    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (IsUninstall(turn))
        {
            await state.DeleteAsync(KeyFor(turn), cancellationToken);
            return;
        }

        // The welcomed record answers a redelivery (it stays silent), so no processed-activity record is written for it.
        turn.Record = DeliveryRecord.KeptByTheTurn;
        if (!await RecordWelcomeAsync(turn, cancellationToken))
        {
            return; // The other install event (or a redelivery) already welcomed this conversation.
        }

        await turn.SendActivityAsync(AdaptiveCards.ToActivity(WelcomeCard.Create(turn.TextsFrom(content))), cancellationToken);
    }

    /// <summary>
    /// Creates the welcomed record unless it exists; true when created. A new conversation's reference is saved with it,
    /// in one commit (whether or not the record was new).
    /// </summary>
    private async Task<bool> RecordWelcomeAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var record = $$"""{"at":"{{time.GetUtcNow():O}}"}""";
        if (turn.Reference is { } pending)
        {
            var created = await references.SaveWithNewStateAsync(pending.Reference, pending.Provenance, KeyFor(turn), record, cancellationToken);
            turn.Reference = null;
            return created;
        }

        try
        {
            await state.WriteAsync(KeyFor(turn), record, expectedETag: null, cancellationToken);
            return true;
        }
        catch (StoreConflictException)
        {
            return false;
        }
    }
}
