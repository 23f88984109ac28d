using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using ServiceBot.Cards;
using ServiceBot.Dialogs;
using ServiceBot.Localization;
using ServiceBot.Proactive;
using ServiceBot.Storage;
using ServiceBot.Tests.Fixtures;
using ServiceBot.Tests.Proactive;

namespace ServiceBot.Tests.Turns;

/// <summary>
/// One commit per turn, through the whole host on SQLite and a loopback channel that fails on cue: a reply the channel
/// refuses neither loses nor keeps a reminder, and the outbox delivers it later.
/// </summary>
public sealed class TurnCommitTests : ProactiveHostTestBase
{
    protected override ServiceBotApplication CreateApplication(FakeChannelServer channel) =>
        base.CreateApplication(channel).WithSetting("Outbox:PollInterval", "01:00:00");

    [Fact]
    public async Task Arrival_WhenTheReplyIsAnswered500_SchedulesTheRemindersAndTheOutboxDeliversTheReply()
    {
        Channel.Enqueue(new ScriptedResponse(500));

        var calls = await PostAsync(TestActivities.Message(Channel.ServiceUrl(), "llegó otro cliente"));

        var session = await TurnCommitHost.ActiveSessionAsync(App);
        Assert.Single(session.WaitingCustomers);
        Assert.Equal(TurnCommitHost.Thresholds(App), (await TurnCommitHost.PendingRemindersAsync(App, session.Id)).Count);
        var refused = Channel.Calls[0];
        Assert.Equal(1, calls);
        Assert.NotEmpty(await Service<IOutboxStore>().ListPendingAsync(CancellationToken.None));

        Clock.Advance(TimeSpan.FromMinutes(1));
        var sent = await Service<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);

        Assert.True(sent >= 1);
        Assert.Equal(refused.Body, Channel.Calls[1].Body);
        Assert.Equal(refused.Path, Channel.Calls[1].Path);
        Assert.Empty(await Service<IOutboxStore>().ListPendingAsync(CancellationToken.None));
        Assert.Equal(0, await Service<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None));
    }

    [Fact]
    public async Task LiveCard_WhoseFirstSendFails_IsUpdatedAfterTheOutboxRetryDeliversIt()
    {
        // A 500 is not retried by the connector itself: the outbox is what delivers the card.
        Channel.Enqueue(new ScriptedResponse(500));
        await PostAsync(TestActivities.Message(Channel.ServiceUrl(), "nueva atención"));
        Assert.Equal(HttpMethods.Post, Assert.Single(Channel.Calls).Method);

        Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.True(await Service<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None) >= 1);
        var delivered = Assert.Single(Channel.Calls.Skip(1), call => call.Activity.Attachments is { Count: > 0 });
        Assert.NotNull(delivered.ResponseId);
        Channel.ClearCalls();

        await PostAsync(TestActivities.Message(Channel.ServiceUrl(), "frases"));

        // The retried send's id was recorded: the card is updated in place, not posted a second time.
        var update = Assert.Single(Channel.Calls);
        Assert.Equal(HttpMethods.Put, update.Method);
        Assert.EndsWith("/activities/" + delivered.ResponseId, update.Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShiftCheck_AnsweredInOneChat_IsKeptForTheAgentAndNotOfferedInAnotherChatOfTheShift()
    {
        var check = Text(TextKeys.ShiftCheckTitle, Language.Spanish);
        await PostAsync(TestActivities.Message(Channel.ServiceUrl(), "nueva atención"));
        Assert.Contains(check, Channel.Calls[^1].Body, StringComparison.Ordinal);

        var done = TestActivities.Message(Channel.ServiceUrl(), string.Empty, id: "tap-done");
        done["value"] = new JsonObject { ["verb"] = CoachingVerbs.ShiftCheck, ["answer"] = "Done" };
        await PostAsync(done);
        await PostAsync(done);
        var skipped = TestActivities.Message(Channel.ServiceUrl(), string.Empty, id: "tap-skip");
        skipped["value"] = new JsonObject { ["verb"] = CoachingVerbs.ShiftCheck, ["answer"] = "Skipped" };
        await PostAsync(skipped);

        var profile = await Service<IStateStore>().ReadAsync(StateKeys.User("msteams", TestActivities.UserId));
        Assert.NotNull(profile);
        Assert.Equal(ShiftCheckAnswer.Done, AgentProfileStore.Read(profile).Profile.ShiftCheck);

        Channel.ClearCalls();
        Clock.Advance(TimeSpan.FromMinutes(30));
        var otherChat = TestActivities.Message(Channel.ServiceUrl(), "nueva atención", id: "other-chat-1");
        otherChat["conversation"]!["id"] = "a:other-chat";
        await PostAsync(otherChat);

        var card = Assert.Single(Channel.Calls);
        Assert.Contains("a%3Aother-chat", card.Path, StringComparison.Ordinal);
        Assert.DoesNotContain(check, card.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Served_WhenTheReplyFails_CancelsTheReminders()
    {
        await PostAsync(TestActivities.Message(Channel.ServiceUrl(), "llegó otro cliente"));
        var session = await TurnCommitHost.ActiveSessionAsync(App);
        Assert.NotEmpty(await TurnCommitHost.PendingRemindersAsync(App, session.Id));
        Channel.Enqueue(new ScriptedResponse(500));

        await PostAsync(TestActivities.Message(Channel.ServiceUrl(), "Ya lo estoy atendiendo"));

        Assert.Empty(await TurnCommitHost.PendingRemindersAsync(App, session.Id));
        Assert.NotNull(Assert.Single((await TurnCommitHost.ActiveSessionAsync(App)).WaitingCustomers).AttendedAt);
    }

    [Fact]
    public async Task Reply_RefusedForGood_IsGivenUpWithoutRetries()
    {
        Channel.Enqueue(new ScriptedResponse(403, """{"error":{"code":"BotNotInConversationRoster","message":"blocked"}}"""));

        await PostAsync(TestActivities.Message(Channel.ServiceUrl(), "llegó otro cliente"));
        Clock.Advance(TimeSpan.FromHours(1));

        Assert.Equal(0, await Service<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None));
        Assert.Empty(await Service<IOutboxStore>().ListPendingAsync(CancellationToken.None));
    }

    [Fact]
    public async Task SameActivity_DeliveredTwice_RunsOnceAndRepliesOnce()
    {
        var arrival = TestActivities.Message(Channel.ServiceUrl(), "llegó otro cliente");

        var first = await PostAsync(arrival);
        var second = await PostAsync(arrival);

        Assert.Equal(first, second);
        Assert.Single((await TurnCommitHost.ActiveSessionAsync(App)).WaitingCustomers);
    }

    [Fact]
    public async Task ChannelThatHangs_DoesNotHoldTheRequestBeyondTheBudget()
    {
        Channel.HoldConnectorCalls();
        var app = Configure(new ServiceBotApplication(Channel, AppId, Entra) { Clock = Clock })
            .WithSetting("Outbox:ReplyBudget", "00:00:00.200")
            .WithSetting("Outbox:PollInterval", "01:00:00");
        await using (app)
        {
            using var client = app.CreateClient();

            var response = await client.PostAsync(TestActivities.Message(Channel.ServiceUrl(), "llegó otro cliente"), ValidToken());

            // Answered while the channel still holds the reply: the request did not wait for it.
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.NotEmpty(await app.Services.GetRequiredService<IOutboxStore>().ListPendingAsync(CancellationToken.None));
            Channel.ReleaseConnectorCalls();
        }
    }
}
