using Microsoft.Extensions.DependencyInjection;
using ServiceBot.Proactive;
using ServiceBot.Storage;
using ServiceBot.Tests.Fixtures;
using ServiceBot.Tests.Proactive;

namespace ServiceBot.Tests.Turns;

/// <summary>
/// A host that committed a turn and is gone before its reply reached the channel: the next run sends the reply from
/// the outbox once the dead instance's hold has expired (at least once: the channel may see it twice).
/// </summary>
public sealed class OutboxRestartTests : ProactiveHostTestBase
{
    protected override bool KeepDataFolder => true;

    protected override ServiceBotApplication CreateApplication(FakeChannelServer channel) =>
        base.CreateApplication(channel).WithSetting("Outbox:ReplyBudget", "00:00:00.100").WithSetting("Outbox:PollInterval", "01:00:00");

    [Fact]
    public async Task Reply_WhenTheHostStopsBetweenCommitAndSend_GoesOutAfterTheRestart()
    {
        Channel.HoldConnectorCalls();
        await PostAsync(TestActivities.Message(Channel.ServiceUrl(), "llegó otro cliente"));
        var held = Assert.Single(await Channel.WaitForCallsAsync(1));
        Assert.NotEmpty(await Service<IOutboxStore>().ListPendingAsync(CancellationToken.None));

        // The host goes away while the channel still holds its reply: the reply was never confirmed.
        await App.DisposeAsync();
        Channel.ReleaseConnectorCalls();
        Channel.ClearCalls();
        Assert.Single(await ReadPendingAsync());

        Clock.Advance(TimeSpan.FromMinutes(3));
        await using var restarted = Configure(new ServiceBotApplication(Channel, AppId, Entra) { Clock = Clock, DataFolder = App.DataFolder })
            .WithSetting("Outbox:PollInterval", "01:00:00");
        var sent = await restarted.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);

        // The turn's one reply (the live card, in its waiting mode), as the channel held it.
        Assert.Equal(1, sent);
        Assert.Single(Channel.Calls);
        var call = Channel.Calls[0];
        Assert.Equal(held.Path, call.Path);
        Assert.Equal(held.Body, call.Body);
        await AssertBotTokenAsync(call);
        Assert.Empty(await restarted.Services.GetRequiredService<IOutboxStore>().ListPendingAsync(CancellationToken.None));
    }

    private async Task<IReadOnlyList<OutboxMessage>> ReadPendingAsync()
    {
        await using var database = new ServiceBot.Storage.Sqlite.SqliteDatabase(
            Path.Combine(App.DataFolder, StorageOptions.SqliteFileName), TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger<StorageDatabase>.Instance);
        return await new ServiceBot.Storage.Sql.SqlOutboxStore(database).ListPendingAsync(CancellationToken.None);
    }
}
