using Microsoft.Extensions.DependencyInjection;
using ServiceBot.BotFramework.Schema;
using ServiceBot.Proactive;
using ServiceBot.Storage;
using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.Proactive;

/// <summary>A reminder scheduled by one run of the bot is delivered by the next, with the bot's token.</summary>
public sealed class ScheduledMessageRestartTests : ProactiveHostTestBase
{
    protected override bool KeepDataFolder => true;

    [Fact]
    public async Task DispatchDue_AfterARestart_DeliversTheReminderToTheStoredConversationWithTheBotsToken()
    {
        var baseline = await PostAsync(TestActivities.Message(Channel.ServiceUrl(), "hola"));
        await Service<IScheduledMessageStore>().ScheduleAsync(new ScheduledMessage(
            "waiting:session-1:0:1",
            TestActivities.ConversationId,
            TestActivities.UserId,
            Clock.GetUtcNow().AddMinutes(2),
            Activity.CreateMessage("El cliente lleva 2 minutos esperando")));
        Assert.Equal(0, await Service<ScheduledMessageDispatcher>().DispatchDueAsync(CancellationToken.None));
        await App.DisposeAsync();

        Clock.Advance(TimeSpan.FromMinutes(2));
        await using var restarted = Configure(new ServiceBotApplication(Channel, AppId, Entra) { Clock = Clock, DataFolder = App.DataFolder });
        var delivered = await restarted.Services.GetRequiredService<ScheduledMessageDispatcher>().DispatchDueAsync(CancellationToken.None);

        Assert.Equal(1, delivered);
        var call = Assert.Single(Channel.Calls.Skip(baseline));
        Assert.Equal(ActivitiesPath(TestActivities.ConversationId), call.Path);
        Assert.Equal(TestActivities.BotId, call.Activity.From?.Id);
        Assert.Equal(TestActivities.UserId, call.Activity.Recipient?.Id);
        Assert.Equal("El cliente lleva 2 minutos esperando", call.Activity.Text);
        await AssertBotTokenAsync(call);
    }
}
