using Microsoft.Extensions.DependencyInjection;
using ServiceBot.BotFramework.Schema;
using ServiceBot.Proactive;
using ServiceBot.Storage;
using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.Proactive;

public sealed class ScheduledMessageDispatcherTests : ProactiveHostTestBase
{
    private const string ReminderId = "waiting:session-1:0:1";
    private const string Blocked = """{"error":{"code":"MessageWritesBlocked","message":"Thread is blocked."}}""";

    private ScheduledMessageDispatcher Sut => Service<ScheduledMessageDispatcher>();

    [Fact]
    public async Task DispatchDue_BeforeTheDueTime_SendsNothingThenAtItSendsOnceToTheUsersConversation()
    {
        var baseline = await PostAsync(TestActivities.Message(Channel.ServiceUrl(), "hola"));
        await ScheduleAsync(Clock.GetUtcNow().AddMinutes(3));

        Assert.Equal(0, await Sut.DispatchDueAsync(CancellationToken.None));
        Clock.Advance(TimeSpan.FromMinutes(3));
        Assert.Equal(1, await Sut.DispatchDueAsync(CancellationToken.None));
        Assert.Equal(0, await Sut.DispatchDueAsync(CancellationToken.None));

        var call = Assert.Single(Channel.Calls.Skip(baseline));
        Assert.Equal(("POST", ActivitiesPath(TestActivities.ConversationId)), (call.Method, call.Path));
        var sent = call.Activity;
        Assert.Equal("El cliente lleva 3 minutos esperando", sent.Text);
        Assert.Equal(TestActivities.BotId, sent.From?.Id);
        Assert.Equal(TestActivities.UserId, sent.Recipient?.Id);
        Assert.Equal(TestActivities.ConversationId, sent.Conversation?.Id);
        Assert.Equal("es-MX", sent.Locale);
        Assert.Null(sent.ReplyToId);
        await AssertBotTokenAsync(call);
        Assert.Empty(await Service<IScheduledMessageStore>().ListPendingAsync(ReminderId));
    }

    [Fact]
    public async Task DispatchDue_ChannelAnswers403_DropsTheMessageForgetsTheReferenceAndSavesItAgainOnTheNextTurn()
    {
        await PostAsync(TestActivities.Message(Channel.ServiceUrl(), "hola"));
        await ScheduleAsync(Clock.GetUtcNow());
        Channel.Enqueue(new ScriptedResponse(403, Blocked));

        Assert.Equal(0, await Sut.DispatchDueAsync(CancellationToken.None));

        var references = Service<IConversationReferenceStore>();
        Assert.Null(await references.GetAsync(TestActivities.ConversationId, TestActivities.UserId));
        Assert.Empty(await Service<IScheduledMessageStore>().ListPendingAsync(ReminderId));
        Assert.Contains(App.Logs.Entries, entry => entry.EventId.Id == 7022);

        await PostAsync(TestActivities.Message(Channel.ServiceUrl(), "hola de nuevo"));
        Assert.NotNull(await references.GetAsync(TestActivities.ConversationId, TestActivities.UserId));
    }

    [Fact]
    public async Task DispatchDue_ChannelFailsOnce_RetriesOnlyAfterTheClaimExpires()
    {
        var baseline = await PostAsync(TestActivities.Message(Channel.ServiceUrl(), "hola"));
        await ScheduleAsync(Clock.GetUtcNow());
        Channel.Enqueue(new ScriptedResponse(500));

        Assert.Equal(0, await Sut.DispatchDueAsync(CancellationToken.None));
        Assert.Equal(0, await Sut.DispatchDueAsync(CancellationToken.None));
        Assert.Single(await Service<IScheduledMessageStore>().ListPendingAsync(ReminderId));
        Clock.Advance(new ProactiveOptions().ClaimTimeout);
        Assert.Equal(1, await Sut.DispatchDueAsync(CancellationToken.None));

        Assert.Equal(2, Channel.Calls.Count - baseline);
        Assert.Empty(await Service<IScheduledMessageStore>().ListPendingAsync(ReminderId));
    }

    [Fact]
    public async Task DispatchDue_FailingEveryAttempt_GivesUpAfterMaxAttempts()
    {
        var maxAttempts = new ProactiveOptions().MaxAttempts;
        var baseline = await PostAsync(TestActivities.Message(Channel.ServiceUrl(), "hola"));
        await ScheduleAsync(Clock.GetUtcNow());

        for (var attempt = 0; attempt < maxAttempts + 2; attempt++)
        {
            Channel.Enqueue(new ScriptedResponse(500));
            Assert.Equal(0, await Sut.DispatchDueAsync(CancellationToken.None));
            Clock.Advance(new ProactiveOptions().ClaimTimeout);
        }

        Assert.Equal(maxAttempts, Channel.Calls.Count - baseline);
        Assert.Empty(await Service<IScheduledMessageStore>().ListPendingAsync(ReminderId));
        Assert.Contains(App.Logs.Entries, entry => entry.EventId.Id == 7024);
    }

    [Fact]
    public async Task DispatchDue_NoReferenceForTheUser_DropsTheMessageWithoutSending()
    {
        await ScheduleAsync(Clock.GetUtcNow());

        Assert.Equal(0, await Sut.DispatchDueAsync(CancellationToken.None));

        Assert.Empty(Channel.Calls);
        Assert.Empty(await Service<IScheduledMessageStore>().ListPendingAsync(ReminderId));
        Assert.Contains(App.Logs.Entries, entry => entry.EventId.Id == 7021);
    }

    [Fact]
    public async Task Host_WithAShortPollInterval_DeliversDueMessagesByItself()
    {
        await using var app = new ServiceBotApplication(Channel, AppId, Entra).WithSetting("Proactive:PollInterval", "00:00:00.200");
        using var client = app.CreateClient();
        await client.PostAsync(TestActivities.Message(Channel.ServiceUrl(), "hola"), ValidToken());
        var baseline = Channel.Calls.Count;

        await app.Services.GetRequiredService<IScheduledMessageStore>().ScheduleAsync(new ScheduledMessage(
            ReminderId, TestActivities.ConversationId, TestActivities.UserId, TimeProvider.System.GetUtcNow(), Activity.CreateMessage("Recordatorio")));

        var calls = await Channel.WaitForCallsAsync(baseline + 1);
        Assert.Equal("Recordatorio", Assert.Single(calls.Skip(baseline)).Activity.Text);
    }

    private Task<bool> ScheduleAsync(DateTimeOffset dueAt) =>
        Service<IScheduledMessageStore>().ScheduleAsync(new ScheduledMessage(
            ReminderId, TestActivities.ConversationId, TestActivities.UserId, dueAt, Activity.CreateMessage("El cliente lleva 3 minutos esperando")));
}
