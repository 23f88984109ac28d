using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.Extensions.Options;
using ServiceBot.BotFramework;
using ServiceBot.BotFramework.Connector;
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
/// typed messages are read from their bytes as the endpoint reads a request (<see cref="ActivityReader"/>), and each runs
/// through the coaching turn (<see cref="CoachingTurnWriter"/>: the roster's question, state read, dialog, cards, outbox
/// rows) in a transaction that is rehearsed and rolled back (<see cref="ITurnTransaction.RehearseAsync"/>); the replies,
/// and the welcome card as the install's reply, go through the Connector client and its retry pipeline as a delivery
/// takes them, to a transport in process that answers as the Connector does. Nothing is kept and nothing is sent: the
/// turn's own reply channel refuses every call, and no request leaves the process.
/// </summary>
public sealed class TurnPathWarmUp(
    IServiceScopeFactory scopes,
    ITurnStore store,
    CoachingTurnWriter writer,
    TurnInputFactory inputs,
    ContentStore content,
    ConnectorClientFactory connectors,
    IOptions<BotFrameworkOptions> botFramework,
    TimeProvider time)
{
    /// <summary>What the synthetic agent types: a greeting, a service started, and last a sentence the classifier reads.</summary>
    public static IReadOnlyList<string> Messages { get; } = ["hola", "nueva atención", "el cliente está de malas"];

    private static readonly TimeSpan ClassifierPollInterval = TimeSpan.FromMilliseconds(100);

    /// <summary>The synthetic conversation's id starts with this; nothing under it is ever stored.</summary>
    public const string ConversationPrefix = "warm-up:";

    private const string ServiceUrl = "https://warm-up.invalid/";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        using var transport = new InProcessConnector();
        var connector = new ConnectorReplyChannel(connectors.CreateForRehearsal(ServiceUrl, transport));
        var conversation = ConversationPrefix + Guid.NewGuid().ToString("N");
        var turns = new List<TurnContext>();
        foreach (var text in Messages)
        {
            turns.Add(new TurnContext(await ReadAsync(Message(conversation, text), cancellationToken), new ClaimsIdentity(), RefusingReplyChannel.Instance, scope.ServiceProvider));
        }

        var welcome = AdaptiveCards.ToActivity(WelcomeCard.Create(turns[0].TextsFrom(content))).AsReplyTo(turns[0].Activity);
        await connector.SendAsync(turns[0].Activity.GetConversationReference(), welcome, cancellationToken);
        foreach (var turn in turns)
        {
            if (ReferenceEquals(turn, turns[^1]))
            {
                await WhenClassifierReadyAsync(cancellationToken);
            }

            await RehearseAsync(turn, connector, cancellationToken);
        }
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

    private async Task RehearseAsync(TurnContext turn, IReplyChannel connector, CancellationToken cancellationToken)
    {
        var key = StateKeys.Conversation(turn.Activity.ChannelId!, turn.Activity.Conversation!.Id!);
        var now = time.GetUtcNow();
        // The roster's question, as SupervisorHandler asks it for typed text from someone with an Entra identity (the synthetic agent is no supervisor).
        var person = PersonKey.From(turn.Activity.Conversation?.TenantId, turn.Activity.From?.AadObjectId);
        await using var transaction = await store.BeginAsync(key, CoachingTurnWriter.ReadsFor(turn, key, person), cancellationToken);
        var written = await writer.WriteAsync(transaction, turn, key, inputs.Create(turn, now), now, person, cancellationToken);
        await transaction.RehearseAsync(cancellationToken);
        var reference = turn.Activity.GetConversationReference();
        foreach (var row in written.Outbox)
        {
            _ = row.Kind == OutboxKind.Update
                ? await connector.UpdateAsync(reference, row.TargetActivityId!, row.Activity, row.ActivityJson, cancellationToken)
                : await connector.SendAsync(reference, row.Activity, row.ActivityJson, cancellationToken);
        }
    }

    /// <summary>Written to JSON and read from a request body by the endpoint's own reader, under its size limit.</summary>
    private async Task<Activity> ReadAsync(Activity activity, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(activity, ProtocolJson.Options);
        var request = new DefaultHttpContext().Request;
        request.ContentType = "application/json";
        request.ContentLength = body.Length;
        request.Body = new MemoryStream(body);
        var read = await ActivityReader.ReadAsync(request, new ActivityReader.Rules(botFramework.Value.MaxRequestBodyBytes, LocalMode: false), cancellationToken);
        return read.Activity ?? throw new InvalidOperationException($"The warm-up's activity was refused: {read.Error}");
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
            ServiceUrl = ServiceUrl,
            ChannelId = "msteams",
            From = new ChannelAccount { Id = "29:warm-up", Name = "Warm-up", AadObjectId = Guid.NewGuid().ToString("D") },
            Conversation = new ConversationAccount { Id = conversation, ConversationType = "personal", TenantId = Guid.NewGuid().ToString("D") },
            Recipient = new ChannelAccount { Id = "28:warm-up", Name = "ServiceBot" },
            Locale = "es-MX",
            Text = text,
        };
    }

    /// <summary>The Connector's end of the rehearsal's replies, in process: every call answered 200 with an activity id, as the Connector answers a send.</summary>
    private sealed class InProcessConnector : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
            {
                RequestMessage = request,
                Content = new StringContent("""{"id":"warm-up"}""", new MediaTypeHeaderValue("application/json")),
            });
    }

    /// <summary>The turn's own reply channel sends nothing: a reply that tried would fail the warm-up, not reach anyone.</summary>
    private sealed class RefusingReplyChannel : IReplyChannel
    {
        public static readonly RefusingReplyChannel Instance = new();

        public Task<ResourceResponse> SendAsync(ConversationReference conversation, Activity activity, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("The turn-path warm-up sends nothing.");

        public Task<ResourceResponse> UpdateAsync(ConversationReference conversation, string activityId, Activity activity, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("The turn-path warm-up sends nothing.");
    }
}
