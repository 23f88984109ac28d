using ServiceBot.BotFramework.Schema;
using ServiceBot.Proactive;
using ServiceBot.Storage;
using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.Proactive;

/// <summary>Local mode (no app id): references are kept too, so a newcomer's reminders work; no token is ever sent.</summary>
public sealed class LocalModeProactiveTests : ProactiveHostTestBase
{
    protected override string? AppId => null;

    [Fact]
    public async Task Dispatch_InLocalMode_DeliversTheReminderWithoutAToken()
    {
        var baseline = await PostAsync(TestActivities.Message(Channel.ServiceUrl(), "hola"));
        await Service<IScheduledMessageStore>().ScheduleAsync(new ScheduledMessage(
            "waiting:local:0:1", TestActivities.ConversationId, TestActivities.UserId, Clock.GetUtcNow(), Activity.CreateMessage("Recordatorio")));

        var delivered = await Service<ScheduledMessageDispatcher>().DispatchDueAsync(CancellationToken.None);

        Assert.Equal(1, delivered);
        var call = Assert.Single(Channel.Calls.Skip(baseline));
        Assert.Equal(ActivitiesPath(TestActivities.ConversationId), call.Path);
        Assert.Null(call.Authorization);
    }
}
