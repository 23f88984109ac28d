using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ServiceBot.Feedback;
using ServiceBot.Localization;
using ServiceBot.Proactive;
using ServiceBot.Storage;
using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.Feedback;

/// <summary>
/// The survey card sent to a person's 1:1 chat commits with its reservation into the outbox, on a real SQLite file or a
/// real PostgreSQL database, over the loopback channel: a host that dies between the commit and the send, or a channel
/// that fails the send, leaves the card to the outbox, which delivers it once; a second press meanwhile sends nothing.
/// </summary>
public abstract class SurveyCardOutboxTests : FeedbackHostTestBase
{
    private const string CarlosConversationId = "a:1carlosPersonal";
    private const string GroupChatId = "19:chat-ana-carlos-outbox@thread.v2";

    protected override bool KeepDataFolder => true;

    /// <summary>The engine's settings, for the first host and the restarted one alike.</summary>
    protected abstract ServiceBotApplication WithStorage(ServiceBotApplication app);

    protected override ServiceBotApplication CreateApplication(FakeChannelServer channel) =>
        WithStorage(base.CreateApplication(channel)).WithSetting("BotFramework:ConnectorMaxRetries", "0");

    [EngineFact]
    public async Task HostGoneBetweenTheReservationAndTheSend_TheCardGoesOnceAfterTheRestart()
    {
        var sessionId = await EndServiceWithCarlosKnownAsync();
        Channel.HoldConnectorCalls();
        var before = Channel.Calls.Count;
        var press = InvokeAsync(PickCarlos(sessionId));
        await Channel.WaitForCallsAsync(before + 1);
        Assert.Single(Channel.Calls.Skip(before), IsCardToCarlos);

        // Committed together before the send: the reservation for Carlos and the card's outbox row.
        var reserved = (await Service<ISurveyInvitationStore>().FindBySessionAsync(sessionId))!;
        Assert.Equal(CustomerAadObjectId, reserved.CustomerObjectId);
        Assert.Equal(CarlosConversationId, reserved.CustomerConversationId);
        await Service<OutboxSentMarks>().FlushAsync(); // Carlos's own "hola" was answered in this chat: its row goes once its mark is written.
        Assert.Single(await Service<IOutboxStore>().ListPendingAsync(CancellationToken.None), row => row.ConversationId == CarlosConversationId);

        // The host goes away while its send is still unanswered: the channel never confirmed the card (the held call is
        // dropped with the host's connection, so Teams posted nothing).
        await using var restarted = await RestartedAfterCrashAsync(press);
        using var client = restarted.CreateClient();

        // Pressed again before the outbox has sent it: it is on its way, and nothing more is queued or sent.
        var again = await InvokeOnAsync(client, PickCarlos(sessionId));
        var alreadySent = restarted.Services.GetRequiredService<ITextCatalog>().Get(FeedbackTextKeys.PersonAlreadySent, Language.Spanish);
        Assert.Contains(alreadySent.Split('{')[0], Plain(again), StringComparison.Ordinal);
        Assert.DoesNotContain(Channel.Calls, IsCardToCarlos);

        var dispatcher = restarted.Services.GetRequiredService<OutboxDispatcher>();
        Assert.Equal(1, await dispatcher.DispatchDueAsync(CancellationToken.None));
        Clock.Advance(TimeSpan.FromMinutes(3));
        Assert.Equal(0, await dispatcher.DispatchDueAsync(CancellationToken.None));

        var card = Assert.Single(Channel.Calls, IsCardToCarlos);
        await AssertBotTokenAsync(card);
        Assert.Empty(await restarted.Services.GetRequiredService<IOutboxStore>().ListPendingAsync(CancellationToken.None));
        Assert.Equal(reserved.TokenHash, (await restarted.Services.GetRequiredService<ISurveyInvitationStore>().FindBySessionAsync(sessionId))!.TokenHash);
    }

    [EngineFact]
    public async Task ChannelFailsTheSend_TheOutboxRetriesIt_AndCarlosGetsOneCard()
    {
        var sessionId = await EndServiceWithCarlosKnownAsync();
        Channel.Enqueue(new ScriptedResponse(503));
        var before = Channel.Calls.Count;

        var sent = await InvokeAsync(PickCarlos(sessionId));

        // The agent is told it is on its way: the card is committed, and the outbox owns it now.
        Assert.Contains(Text(FeedbackTextKeys.PersonSent, Language.Spanish).Split('{')[0], Plain(sent), StringComparison.Ordinal);
        var failed = Assert.Single(Channel.Calls.Skip(before), IsCardToCarlos);
        Assert.Null(failed.ResponseId);
        await Service<OutboxSentMarks>().FlushAsync(); // Carlos's own "hola" was answered in this chat: its row goes once its mark is written.
        Assert.Single(await Service<IOutboxStore>().ListPendingAsync(CancellationToken.None), row => row.ConversationId == CarlosConversationId);
        var again = await InvokeAsync(PickCarlos(sessionId));
        Assert.Contains(Text(FeedbackTextKeys.PersonAlreadySent, Language.Spanish).Split('{')[0], Plain(again), StringComparison.Ordinal);

        Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await Service<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None));
        Assert.Equal(0, await Service<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None));

        var cards = Channel.Calls.Skip(before).Where(IsCardToCarlos).ToList();
        Assert.Equal(2, cards.Count);
        Assert.Single(cards, call => call.ResponseId is not null);
        Assert.Equal(failed.Body, cards[1].Body);
        await Service<OutboxSentMarks>().FlushAsync();
        Assert.Empty(await Service<IOutboxStore>().ListPendingAsync(CancellationToken.None));

        // The retry noted the card's message id as the first send does: Carlos's typed rating turns that card "respondida".
        Assert.Equal(cards[1].ResponseId, (await Service<ISurveyInvitationStore>().FindBySessionAsync(sessionId))!.CustomerCardActivityId);
        await AnswerAndSeeTheCardAnsweredAsync(MessageIn(CarlosConversationId, "personal", CustomerId, "Carlos Ruiz", CustomerAadObjectId, "5"), CarlosConversationId, cards[1].ResponseId!);
    }

    [EngineFact]
    public async Task ChatThatRefusesTheBot_AgentIsOfferedTheLink_NothingStaysQueued_AndTheNextTryStartsANewChat()
    {
        var sessionId = await EndServiceWithCarlosKnownAsync();
        Channel.Enqueue(new ScriptedResponse(403, """{"error":{"code":"Forbidden","message":"The bot is not installed for this user"}}"""));

        var refused = await InvokeAsync(PickCarlos(sessionId));

        Assert.Contains(Text(FeedbackTextKeys.PersonUnreachable, Language.Spanish).Split('{')[0], Plain(refused["value"]), StringComparison.Ordinal);
        Assert.Null((await Service<ISurveyInvitationStore>().FindBySessionAsync(sessionId))!.CustomerObjectId);

        // The agent's own replies were delivered; their sent marks may still wait for their batch.
        await Service<OutboxSentMarks>().FlushAsync();
        Assert.Empty(await Service<IOutboxStore>().ListPendingAsync(CancellationToken.None));

        // The refusing chat is forgotten: trying Teams again starts a new one instead of meeting the same refusal.
        var before = Channel.Calls.Count;
        await InvokeAsync(PickCarlos(sessionId));
        Assert.Contains(Channel.Calls.Skip(before), call => call.Method == "POST" && call.Path == "/amer/v3/conversations");
    }

    [EngineFact]
    public async Task GroupChatCardTheChannelFails_TheOutboxRetriesIt_AndTheChatGetsOneCard()
    {
        var (sessionId, command) = await EndGroupServiceAsync();
        Channel.Enqueue(new ScriptedResponse(503));
        var before = Channel.Calls.Count;

        await PostAsync(command);

        var failed = Assert.Single(Channel.Calls.Skip(before), IsCardToGroup);
        Assert.Null(failed.ResponseId);

        // The turns' own replies in this chat were sent: their marks are written first, so only the survey card is pending.
        await Service<OutboxSentMarks>().FlushAsync();
        Assert.Single(await Service<IOutboxStore>().ListPendingAsync(CancellationToken.None), row => row.ConversationId == GroupChatId);
        Assert.Equal(GroupChatId, (await Service<ISurveyInvitationStore>().FindBySessionAsync(sessionId))!.CustomerConversationId);

        Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await Service<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None));
        Assert.Equal(0, await Service<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None));

        var cards = Channel.Calls.Skip(before).Where(IsCardToGroup).ToList();
        Assert.Equal(2, cards.Count);
        Assert.Single(cards, call => call.ResponseId is not null);
        Assert.Equal(failed.Body, cards[1].Body);

        // The retry noted the card's message id as the first send does: Carlos's typed rating turns that card "respondida".
        Assert.Equal(cards[1].ResponseId, (await Service<ISurveyInvitationStore>().FindBySessionAsync(sessionId))!.CustomerCardActivityId);
        await AnswerAndSeeTheCardAnsweredAsync(GroupMessage(CustomerId, "Carlos Ruiz", CustomerAadObjectId, "5"), GroupChatId, cards[1].ResponseId!);
    }

    [EngineFact]
    public async Task GroupChatCommandRedelivered_AfterItsAnswer_IssuesNothingMore()
    {
        var (sessionId, command) = await EndGroupServiceAsync();
        var before = Channel.Calls.Count;
        await PostAsync(command);
        var issued = (await Service<ISurveyInvitationStore>().FindBySessionAsync(sessionId))!;
        var card = Assert.Single(Channel.Calls.Skip(before), IsCardToGroup);
        Assert.Equal(card.ResponseId, issued.CustomerCardActivityId);

        // Teams lost the answer and delivers the same activity again: same token, no second card, nothing queued.
        await PostAsync(command);

        Assert.Equal(before + 1, Channel.Calls.Count);
        var after = (await Service<ISurveyInvitationStore>().FindBySessionAsync(sessionId))!;
        Assert.Equal(issued.TokenHash, after.TokenHash);
        Assert.Equal(card.ResponseId, after.CustomerCardActivityId);
        await Service<OutboxSentMarks>().FlushAsync();
        Assert.Empty(await Service<IOutboxStore>().ListPendingAsync(CancellationToken.None));
    }

    [EngineFact]
    public async Task GroupChatHostGoneBetweenTheCommitAndTheSend_TheRedeliveryIssuesNothing_AndTheOutboxSendsTheOneCard()
    {
        var (sessionId, command) = await EndGroupServiceAsync();
        Channel.HoldConnectorCalls();
        var before = Channel.Calls.Count;
        var first = PostAsync(command);
        await Channel.WaitForCallsAsync(before + 1);
        Assert.Single(Channel.Calls.Skip(before), IsCardToGroup);
        var issued = (await Service<ISurveyInvitationStore>().FindBySessionAsync(sessionId))!;
        Assert.Equal(GroupChatId, issued.CustomerConversationId);

        // The host dies while the card's send is unanswered, before the turn returns (where the deduplicator used to
        // record the activity): Teams saw no answer, posted no card, and delivers the activity again.
        await using var restarted = await RestartedAfterCrashAsync(first);
        using var client = restarted.CreateClient();
        var redelivered = await client.PostAsync(command, ValidToken());
        Assert.Equal(System.Net.HttpStatusCode.OK, redelivered.StatusCode);

        // The activity was recorded with the invitation and its card: the redelivery issued no new token, sent nothing.
        var invitations = restarted.Services.GetRequiredService<ISurveyInvitationStore>();
        Assert.Equal(issued.TokenHash, (await invitations.FindBySessionAsync(sessionId))!.TokenHash);
        Assert.Empty(Channel.Calls);

        // The outbox sends the one committed card, and notes its message id.
        var dispatcher = restarted.Services.GetRequiredService<OutboxDispatcher>();
        Assert.Equal(1, await dispatcher.DispatchDueAsync(CancellationToken.None));
        Assert.Equal(0, await dispatcher.DispatchDueAsync(CancellationToken.None));
        var card = Assert.Single(Channel.Calls, IsCardToGroup);
        await AssertBotTokenAsync(card);
        Assert.Equal(card.ResponseId, (await invitations.FindBySessionAsync(sessionId))!.CustomerCardActivityId);
        Assert.Empty(await restarted.Services.GetRequiredService<IOutboxStore>().ListPendingAsync(CancellationToken.None));

        // Carlos's typed rating is recorded and turns that card "respondida".
        var typed = await client.PostAsync(GroupMessage(CustomerId, "Carlos Ruiz", CustomerAadObjectId, "5"), ValidToken());
        Assert.Equal(System.Net.HttpStatusCode.OK, typed.StatusCode);
        Assert.Equal(5, (await restarted.Services.GetRequiredService<IFeedbackStore>().GetBySessionAsync(sessionId))!.Rating);
        var update = Assert.Single(Channel.Calls, call => call.Method == "PUT");
        Assert.Equal(ActivitiesPath(GroupChatId) + "/" + Uri.EscapeDataString(card.ResponseId!), update.Path);
        Assert.Contains("respondida", update.Body, StringComparison.Ordinal);
    }

    /// <summary>Ana serves and ends in the group chat; returns the session and her "encuesta @Carlos" (not yet posted).</summary>
    private async Task<(string SessionId, JsonObject Command)> EndGroupServiceAsync()
    {
        await PostAsync(GroupMessage(AgentUserId, "Ana López", AgentAadObjectId, "nueva atención"));
        var sessionId = await EndAndFindSurveyOfferAsync(GroupMessage(AgentUserId, "Ana López", AgentAadObjectId, "terminar atención"));
        var command = GroupMessage(AgentUserId, "Ana López", AgentAadObjectId, "encuesta <at>Carlos Ruiz</at>");
        command["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = "<at>Carlos Ruiz</at>",
            ["mentioned"] = new JsonObject { ["id"] = CustomerId, ["name"] = "Carlos Ruiz" },
        });
        return (sessionId, command);
    }

    /// <summary>Carlos types <paramref name="rating"/>: it is recorded, and the card <paramref name="cardId"/> in <paramref name="conversationId"/> says "respondida".</summary>
    private async Task AnswerAndSeeTheCardAnsweredAsync(JsonObject rating, string conversationId, string cardId)
    {
        var before = Channel.Calls.Count;
        await PostAsync(rating);
        var update = Assert.Single(Channel.Calls.Skip(before), call => call.Method == "PUT");
        Assert.Equal(ActivitiesPath(conversationId) + "/" + Uri.EscapeDataString(cardId), update.Path);
        Assert.Contains("respondida", update.Body, StringComparison.Ordinal);
    }

    /// <summary>
    /// The host goes away while <paramref name="pending"/> waits on a held Connector call (dropped with the host, so the
    /// channel posted nothing); a new host on the same database, three minutes on, when the card's hold has expired.
    /// </summary>
    private async Task<ServiceBotApplication> RestartedAfterCrashAsync(Task pending)
    {
        await App.DisposeAsync();
        await Assert.ThrowsAnyAsync<Exception>(() => pending);
        Channel.ReleaseConnectorCalls();
        Channel.ClearCalls();
        Clock.Advance(TimeSpan.FromMinutes(3));
        return WithStorage(WithRoster(Configure(new ServiceBotApplication(Channel, AppId, Entra) { Clock = Clock, DataFolder = App.DataFolder })))
            .WithSetting("BotFramework:ConnectorMaxRetries", "0");
    }

    private async Task<string> EndServiceWithCarlosKnownAsync()
    {
        await PostAsync(MessageIn(CarlosConversationId, "personal", CustomerId, "Carlos Ruiz", CustomerAadObjectId, "hola"));
        await PostAsync(AgentMessage("nueva atención"));
        return await EndAndFindSurveyOfferAsync(AgentMessage("terminar atención"));
    }

    private async Task<JsonNode> InvokeOnAsync(HttpClient client, JsonObject activity)
    {
        var response = await client.PostAsync(activity, ValidToken());
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private static bool IsCardToCarlos(ConnectorCall call) =>
        call.Method == "POST" && call.Path == ActivitiesPath(CarlosConversationId) && FindAction(CardIn(call), FeedbackVerbs.Submit) is not null;

    private static bool IsCardToGroup(ConnectorCall call) =>
        call.Method == "POST" && call.Path.StartsWith(ActivitiesPath(GroupChatId), StringComparison.Ordinal) && CardIn(call)?["refresh"] is not null;

    private JsonObject GroupMessage(string userId, string name, string? aadObjectId, string text) =>
        MessageIn(GroupChatId, "groupChat", userId, name, aadObjectId, text);

    private JsonObject PickCarlos(string sessionId) =>
        CardPress(AgentMessage(""), FeedbackVerbs.Person, sessionId, inputs: (FeedbackVerbs.PersonInput, CustomerAadObjectId));
}

/// <summary><see cref="SurveyCardOutboxTests"/> on the SQLite file in the host's data folder.</summary>
public sealed class SqliteSurveyCardOutboxTests : SurveyCardOutboxTests
{
    protected override ServiceBotApplication WithStorage(ServiceBotApplication app) => app;
}

/// <summary><see cref="SurveyCardOutboxTests"/> on a PostgreSQL database of its own.</summary>
[Collection(PostgresCollectionDefinition.Name)]
[RequiresPostgres]
public sealed class PostgresSurveyCardOutboxTests(PostgresFixture fixture) : SurveyCardOutboxTests
{
    private string? connectionString;

    protected override ServiceBotApplication WithStorage(ServiceBotApplication app)
    {
        // The host is built synchronously (BotHostTestBase.InitializeAsync); the database is made once, for both hosts.
        connectionString ??= fixture.CreateDatabaseAsync().GetAwaiter().GetResult();
        return app.WithSetting("Storage:Provider", "Postgres").WithSetting("Storage:ConnectionString", connectionString);
    }
}
