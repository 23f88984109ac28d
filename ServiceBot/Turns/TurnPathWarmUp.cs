using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.Extensions.Options;
using ServiceBot.BotFramework;
using ServiceBot.BotFramework.Connector;
using ServiceBot.BotFramework.Deduplication;
using ServiceBot.BotFramework.Schema;
using ServiceBot.Cards;
using ServiceBot.Content;
using ServiceBot.Dialogs;
using ServiceBot.People;
using ServiceBot.Proactive;
using ServiceBot.Storage;
using ServiceBot.Turns.Handlers;
using ServiceBot.Understanding;

namespace ServiceBot.Turns;

/// <summary>
/// Rehearses the turn path once before the first real turn, so the first conversation does not pay for the code's
/// first run (JIT, type loading, static initialisers, the storage statements' first preparation): a synthetic agent
/// installs the bot, types <see cref="Messages"/> and presses the first button of the last card it got, as the load
/// benchmark's conversation does. Each activity is read from its bytes as the endpoint reads a request
/// (<see cref="ActivityReader"/>) and routed (<see cref="TurnRouter.Match"/>, the route's handler built); the install
/// runs as the endpoint runs it, through the deduplicator, the runner and <see cref="WelcomeHandler"/> (its reference and
/// welcome record written and rolled back), and each message and the press run through <see cref="CoachingHandler"/>
/// itself (the roster's question, state read, dialog, cards, outbox rows, the replies sent in order with their sent
/// marks) on a <see cref="RehearsedConversation"/>: each turn's transaction is rehearsed and rolled back instead of
/// committed (<see cref="ITurnTransaction.RehearseAsync"/>), and what it wrote is kept in memory for the next turn, so the
/// later turns run on a conversation under way. The replies go through the Connector client and its retry pipeline to a
/// transport in process that answers as the Connector does. Nothing is kept, nothing is sent and no request leaves the
/// process; the turns' other effects (reminders, supervisor calls, the survey hand-off) are not run.
/// </summary>
public sealed class TurnPathWarmUp(
    IServiceScopeFactory scopes,
    ITurnStore store,
    ContentStore content,
    ConnectorClientFactory connectors,
    IConversationReferenceStore references,
    ConversationReferenceRecorder recorder,
    ActivityDeduplicator deduplicator,
    IOptions<BotFrameworkOptions> botFramework,
    TimeProvider time)
{
    /// <summary>What the synthetic agent types: a greeting, a service started, and last a sentence the classifier reads.</summary>
    public static IReadOnlyList<string> Messages { get; } = ["hola", "nueva atención", "el cliente está de malas"];

    private static readonly TimeSpan ClassifierPollInterval = TimeSpan.FromMilliseconds(100);

    /// <summary>The synthetic conversation's id starts with this; nothing under it is ever stored.</summary>
    public const string ConversationPrefix = "warm-up:";

    private const string ServiceUrl = "https://warm-up.invalid/";

    private const string BotId = "28:warm-up";

    private static readonly string Tenant = Guid.NewGuid().ToString("D");

    /// <summary>The client's details Teams sends with every activity, read as a real turn reads them.</summary>
    private static readonly Entity ClientInfoEntity = new()
    {
        Type = EntityTypes.ClientInfo,
        Properties = new Dictionary<string, JsonElement>(StringComparer.Ordinal)
        {
            ["locale"] = JsonSerializer.SerializeToElement("es-MX"),
            ["country"] = JsonSerializer.SerializeToElement("MX"),
            ["platform"] = JsonSerializer.SerializeToElement("Web"),
            ["timezone"] = JsonSerializer.SerializeToElement("America/Mexico_City"),
        },
    };

    private static readonly JsonElement TeamsChannelData = JsonSerializer.SerializeToElement(new { tenant = new { id = Tenant } }, ProtocolJson.Options);

    /// <summary>Rehearses the conversation; answers with the routes its activities took and the replies that went out.</summary>
    public async Task<TurnPathRehearsal> RunAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        using var transport = new InProcessConnector();
        var replies = new RehearsalReplies(new ConnectorReplyChannel(connectors.CreateForRehearsal(ServiceUrl, transport)));
        var coaching = ActivatorUtilities.CreateInstance<CoachingHandler>(scope.ServiceProvider, (ITurnStore)new RehearsedConversation(store), (ITurnEffects)NoEffects.Instance);
        var conversation = ConversationPrefix + Guid.NewGuid().ToString("N");
        var agent = Agent();
        var routes = new List<string>();

        await InstallAsync(Install(conversation, agent), scope.ServiceProvider, replies, routes, cancellationToken);
        foreach (var text in Messages)
        {
            if (ReferenceEquals(text, Messages[^1]))
            {
                await WhenClassifierReadyAsync(cancellationToken);
            }

            var turn = await TurnAsync(Message(conversation, agent, text), scope.ServiceProvider, replies, routes, cancellationToken);
            // Typed text from someone with an Entra identity: the roster is asked first, as SupervisorHandler asks it (the synthetic agent is no supervisor).
            if (PersonKey.From(turn.Activity.Conversation?.TenantId, turn.Activity.From?.AadObjectId) is { } person)
            {
                await coaching.HandleUnlessSupervisorOnlyAsync(turn, person, cancellationToken);
            }
            else
            {
                await coaching.HandleAsync(turn, cancellationToken);
            }
        }

        if (replies.LastCard is { } card && RehearsalCardTap.FirstButton(card, Message(conversation, agent, text: null)) is { } press)
        {
            var tap = await TurnAsync(press, scope.ServiceProvider, replies, routes, cancellationToken);
            if (TurnRouter.Match(tap)?.HandlerType == typeof(CoachingHandler))
            {
                await coaching.HandleAsync(tap, cancellationToken);
            }
        }

        return new TurnPathRehearsal(routes, replies.Sent, replies.Updated);
    }

    /// <summary>
    /// The install as the endpoint runs it: its reference to save (<see cref="ConversationReferenceRecorder.ToSave"/>),
    /// the deduplicator, the runner and router, and <see cref="WelcomeHandler"/> itself, whose reference and welcome
    /// record are written and rolled back (<see cref="RehearsedReferences"/>) and whose welcome card goes out as the
    /// install's reply. Without a reference to save (it would write the record alone) only the card is sent.
    /// </summary>
    private async Task InstallAsync(Activity activity, IServiceProvider services, IReplyChannel replies, List<string> routes, CancellationToken cancellationToken)
    {
        var read = await ReadAsync(activity, cancellationToken);
        var route = TurnRouter.Match(new TurnContext(read, new ClaimsIdentity(), replies, services));
        var pending = recorder.ToSave(read, ServiceUrlProvenance.VerifiedChannel);
        if (route?.HandlerType != typeof(WelcomeHandler) || pending is null)
        {
            var turn = await TurnAsync(activity, services, replies, routes, cancellationToken);
            var welcome = AdaptiveCards.ToActivity(WelcomeCard.Create(turn.TextsFrom(content))).AsReplyTo(turn.Activity);
            await replies.SendAsync(turn.Activity.GetConversationReference(), welcome, cancellationToken);
            return;
        }

        routes.Add(route.Name);
        var welcomer = ActivatorUtilities.CreateInstance<WelcomeHandler>(services, (IConversationReferenceStore)new RehearsedReferences(references));
        var install = new TurnContext(read, new ClaimsIdentity(), replies, new WithHandler(services, welcomer))
        {
            Provenance = ServiceUrlProvenance.VerifiedChannel,
            Reference = pending,
        };
        var check = route.ChecksRedelivery ? RedeliveryCheck.InTheTurn : RedeliveryCheck.BeforeTheTurn;
        // Recorded as kept by the turn whatever the handler says: the deduplicator then writes no record of its own.
        await deduplicator.RunOnceAsync(read, check, async () =>
        {
            await services.GetRequiredService<TurnRunner>().RunAsync(install, route, cancellationToken);
            return new DeliveryOutcome(null, DeliveryRecord.KeptByTheTurn);
        });
    }

    /// <summary>Read as the endpoint reads a request, routed as the router routes it, the route's handler built (its services' first construction).</summary>
    private async Task<TurnContext> TurnAsync(Activity activity, IServiceProvider services, IReplyChannel replies, List<string> routes, CancellationToken cancellationToken)
    {
        var turn = new TurnContext(await ReadAsync(activity, cancellationToken), new ClaimsIdentity(), replies, services);
        var route = TurnRouter.Match(turn);
        if (route is not null)
        {
            _ = services.GetRequiredService(route.HandlerType);
        }

        routes.Add(route?.Name ?? "(none)");

        return turn;
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

    private Activity Message(string conversation, ChannelAccount agent, string? text)
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
            From = agent,
            Conversation = new ConversationAccount { Id = conversation, ConversationType = "personal", TenantId = Tenant },
            Recipient = new ChannelAccount { Id = BotId, Name = "ServiceBot" },
            Locale = "es-MX",
            Entities = [ClientInfoEntity],
            ChannelData = TeamsChannelData,
            Text = text,
        };
    }

    /// <summary>The bot added to the agent's personal chat, as Teams announces an install.</summary>
    private Activity Install(string conversation, ChannelAccount agent) => Message(conversation, agent, text: null) with
    {
        Type = ActivityTypes.ConversationUpdate,
        MembersAdded = [new ChannelAccount { Id = BotId }],
    };

    private static ChannelAccount Agent() => new() { Id = "29:warm-up", Name = "Warm-up", AadObjectId = Guid.NewGuid().ToString("D") };

    /// <summary>The install's services, with the rehearsal's <see cref="WelcomeHandler"/> where the router asks for one.</summary>
    private sealed class WithHandler(IServiceProvider services, WelcomeHandler welcomer) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(WelcomeHandler) ? welcomer : services.GetService(serviceType);
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

    /// <summary>
    /// The rehearsal's replies, through the Connector client to the transport in process. A send is answered without an
    /// id, so the sender notes no live card for a chat that does not exist (<see cref="RehearsedConversation"/> notes it
    /// instead); the last card sent or updated is kept for the press.
    /// </summary>
    private sealed class RehearsalReplies(IReplyChannel connector) : IReplyChannel
    {
        public Activity? LastCard { get; private set; }

        public int Sent { get; private set; }

        public int Updated { get; private set; }

        public async Task<ResourceResponse> SendAsync(ConversationReference conversation, Activity activity, CancellationToken cancellationToken) =>
            Kept(activity, await connector.SendAsync(conversation, activity, cancellationToken), update: false);

        public async Task<ResourceResponse> UpdateAsync(ConversationReference conversation, string activityId, Activity activity, CancellationToken cancellationToken) =>
            Kept(activity, await connector.UpdateAsync(conversation, activityId, activity, cancellationToken), update: true);

        public async Task<ResourceResponse> SendAsync(ConversationReference conversation, Activity activity, ReadOnlyMemory<byte> json, CancellationToken cancellationToken) =>
            Kept(activity, await connector.SendAsync(conversation, activity, json, cancellationToken), update: false);

        public async Task<ResourceResponse> UpdateAsync(ConversationReference conversation, string activityId, Activity activity, ReadOnlyMemory<byte> json, CancellationToken cancellationToken) =>
            Kept(activity, await connector.UpdateAsync(conversation, activityId, activity, json, cancellationToken), update: true);

        private ResourceResponse Kept(Activity activity, ResourceResponse _, bool update)
        {
            Sent += update ? 0 : 1;
            Updated += update ? 1 : 0;
            if (activity.Attachments?.Any(a => a.IsAdaptiveCard) == true)
            {
                LastCard = activity;
            }

            return new ResourceResponse(null);
        }
    }

    /// <summary>The turns' effects beyond their replies are not rehearsed: they would call supervisors or hand surveys off.</summary>
    private sealed class NoEffects : ITurnEffects
    {
        public static readonly NoEffects Instance = new();

        public Task RunAsync(TurnContext turn, TurnOutcome outcome, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}

/// <summary>What <see cref="TurnPathWarmUp"/> rehearsed: the route each activity took, and the replies sent and updated through the Connector client.</summary>
public sealed record TurnPathRehearsal(IReadOnlyList<string> Routes, int Sent, int Updated);
