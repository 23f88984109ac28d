using System.Security.Claims;
using System.Text.Json;
using ServiceBot.BotFramework;
using ServiceBot.BotFramework.Schema;
using ServiceBot.Cards;
using ServiceBot.Content;
using ServiceBot.Dialogs;
using ServiceBot.People;
using ServiceBot.Storage;
using ServiceBot.Turns.Handlers;
using ServiceBot.Understanding;

namespace ServiceBot.Turns;

/// <summary>
/// Rehearses the turn path once before the first real turn, so the first conversation does not pay for the code's
/// first run (JIT, type loading, static initialisers, the storage statements' first preparation): a synthetic agent's
/// typed messages are parsed as the endpoint parses an activity, and each runs through the coaching turn
/// (<see cref="CoachingTurnWriter"/>: the roster's question, state read, dialog, cards, outbox rows) in a transaction that is
/// rehearsed and rolled back (<see cref="ITurnTransaction.RehearseAsync"/>); the replies are serialised as the
/// Connector would send them, and the welcome card is built. Nothing is kept and nothing is sent: the reply channel
/// refuses every call.
/// </summary>
public sealed class TurnPathWarmUp(
    IServiceScopeFactory scopes,
    ITurnStore store,
    CoachingTurnWriter writer,
    TurnInputFactory inputs,
    ContentStore content,
    TimeProvider time)
{
    /// <summary>What the synthetic agent types: a greeting, a service started, and last a sentence the classifier reads.</summary>
    public static IReadOnlyList<string> Messages { get; } = ["hola", "nueva atención", "el cliente está de malas"];

    private static readonly TimeSpan ClassifierPollInterval = TimeSpan.FromMilliseconds(100);

    /// <summary>The synthetic conversation's id starts with this; nothing under it is ever stored.</summary>
    public const string ConversationPrefix = "warm-up:";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var conversation = ConversationPrefix + Guid.NewGuid().ToString("N");
        var turns = Messages
            .Select(text => new TurnContext(Parse(Message(conversation, text)), new ClaimsIdentity(), RefusingReplyChannel.Instance, scope.ServiceProvider))
            .ToList();
        foreach (var turn in turns)
        {
            if (ReferenceEquals(turn, turns[^1]))
            {
                await WhenClassifierReadyAsync(cancellationToken);
            }

            await RehearseAsync(turn, cancellationToken);
        }

        var welcome = AdaptiveCards.ToActivity(WelcomeCard.Create(turns[0].TextsFrom(content))).AsReplyTo(turns[0].Activity);
        JsonSerializer.SerializeToUtf8Bytes(welcome, ProtocolJson.Options);
    }

    /// <summary>
    /// The last message needs the classifier. Waiting for it here without holding a thread: a thread blocked on the
    /// training would leave a 2-core machine's thread pool with none for the requests meanwhile (/healthz included).
    /// </summary>
    private async Task WhenClassifierReadyAsync(CancellationToken cancellationToken)
    {
        while (!UnderstandingModels.For(content.Current).IsClassifierReady)
        {
            await Task.Delay(ClassifierPollInterval, time, cancellationToken);
        }
    }

    private async Task RehearseAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var key = StateKeys.Conversation(turn.Activity.ChannelId!, turn.Activity.Conversation!.Id!);
        var now = time.GetUtcNow();
        // The roster's question, as SupervisorHandler asks it for typed text from someone with an Entra identity (the synthetic agent is no supervisor).
        var person = PersonKey.From(turn.Activity.Conversation?.TenantId, turn.Activity.From?.AadObjectId);
        await using var transaction = await store.BeginAsync(key, CoachingTurnWriter.ReadsFor(turn, key, person), cancellationToken);
        var written = await writer.WriteAsync(transaction, turn, key, inputs.Create(turn, now), now, person, cancellationToken);
        await transaction.RehearseAsync(cancellationToken);
        foreach (var row in written.Outbox)
        {
            JsonSerializer.SerializeToUtf8Bytes(row.Activity, row.Activity.GetType(), ProtocolJson.Options);
        }
    }

    /// <summary>Through JSON and back, as the messages endpoint reads an activity.</summary>
    private static Activity Parse(Activity activity)
    {
        using var document = JsonDocument.Parse(JsonSerializer.SerializeToUtf8Bytes(activity, ProtocolJson.Options));
        return document.RootElement.Deserialize<Activity>(ProtocolJson.Options)!;
    }

    private Activity Message(string conversation, string text)
    {
        var now = time.GetUtcNow();
        return new Activity
        {
            Type = ActivityTypes.Message,
            Id = Guid.NewGuid().ToString("N"),
            Timestamp = now,
            LocalTimestamp = now,
            LocalTimezone = "America/Mexico_City",
            ServiceUrl = "https://warm-up.invalid/",
            ChannelId = "msteams",
            From = new ChannelAccount { Id = "29:warm-up", Name = "Warm-up", AadObjectId = Guid.NewGuid().ToString("D") },
            Conversation = new ConversationAccount { Id = conversation, ConversationType = "personal", TenantId = Guid.NewGuid().ToString("D") },
            Recipient = new ChannelAccount { Id = "28:warm-up", Name = "ServiceBot" },
            Locale = "es-MX",
            Text = text,
        };
    }

    /// <summary>A rehearsal sends nothing: a reply that tried would fail the warm-up, not reach anyone.</summary>
    private sealed class RefusingReplyChannel : IReplyChannel
    {
        public static readonly RefusingReplyChannel Instance = new();

        public Task<ResourceResponse> SendAsync(ConversationReference conversation, Activity activity, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("The turn-path warm-up sends nothing.");

        public Task<ResourceResponse> UpdateAsync(ConversationReference conversation, string activityId, Activity activity, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("The turn-path warm-up sends nothing.");
    }
}
