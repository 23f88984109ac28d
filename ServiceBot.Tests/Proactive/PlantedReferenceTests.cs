using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ServiceBot.BotFramework.Connector;
using ServiceBot.BotFramework.Schema;
using ServiceBot.Proactive;
using ServiceBot.Storage;
using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.Proactive;

/// <summary>
/// The probe: a data folder used in local mode, where anyone on the machine may post as anyone and name any
/// loopback serviceUrl, then the same folder run with an app id. The references planted in local mode are never sent
/// the bot's token: the supervisor is reported unreachable, the reminder dropped.
/// </summary>
public sealed class PlantedReferenceTests : ProactiveHostTestBase
{
    private const string PlantedPrefix = "planted";

    protected override string? AppId => null;

    protected override bool KeepDataFolder => true;

    [Fact]
    public async Task SupervisorCall_WithAnAppIdOnDataPlantedInLocalMode_NeverReachesThePlantedUrl()
    {
        await PlantAsync();

        await using var withAppId = await RestartWithAppIdAsync();
        var result = await withAppId.Services.GetRequiredService<SupervisorNotifier>()
            .CallAsync(Activity.CreateMessage("Ana Pérez pide ayuda"), CancellationToken.None);

        Assert.Equal(0, result.Reached);
        Assert.Contains(SupervisorAadObjectId, result.Unreachable);
        Assert.DoesNotContain(Channel.Calls, call => call.Authorization is not null);
        Assert.Empty(Channel.Calls);
        var refused = Assert.Single(withAppId.Logs.Entries, e => e.EventId.Id == 7005);
        Assert.Contains(nameof(ServiceUrlProvenance.LocalMode), refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScheduledReminder_WithAnAppIdOnDataPlantedInLocalMode_IsDroppedUnsent()
    {
        await PlantAsync();
        await Service<IScheduledMessageStore>().ScheduleAsync(new ScheduledMessage(
            "waiting:planted:0:1", SupervisorConversationId, SupervisorUserId, Clock.GetUtcNow(), Activity.CreateMessage("Recordatorio")));

        await using var withAppId = await RestartWithAppIdAsync();
        var delivered = await withAppId.Services.GetRequiredService<ScheduledMessageDispatcher>().DispatchDueAsync(CancellationToken.None);
        var again = await withAppId.Services.GetRequiredService<ScheduledMessageDispatcher>().DispatchDueAsync(CancellationToken.None);

        Assert.Equal(0, delivered + again);
        Assert.Empty(Channel.Calls);
        Assert.Contains(withAppId.Logs.Entries, e => e.EventId.Id == 7027);
    }

    [Fact]
    public async Task SupervisorCall_AfterTheSupervisorWritesWithAVerifiedToken_ReachesThem()
    {
        await PlantAsync();

        await using var withAppId = await RestartWithAppIdAsync();
        using var client = withAppId.CreateClient();
        var message = SupervisorMessage();
        var response = await client.PostAsync(message, ValidToken());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var baseline = (await Channel.WaitForCallsAsync(1)).Count;
        var result = await withAppId.Services.GetRequiredService<SupervisorNotifier>()
            .CallAsync(Activity.CreateMessage("Ana Pérez pide ayuda"), CancellationToken.None);

        Assert.Equal(1, result.Reached);
        var call = Assert.Single(Channel.Calls.Skip(baseline));
        Assert.Equal(ActivitiesPath(SupervisorConversationId), call.Path);
        Assert.Equal(
            ServiceUrlProvenance.VerifiedChannel,
            (await withAppId.Services.GetRequiredService<IConversationReferenceStore>().GetAsync(SupervisorConversationId, SupervisorUserId))?.Provenance);
    }

    /// <summary>In local mode, a message "from the supervisor" naming a serviceUrl the sender controls.</summary>
    private async Task PlantAsync()
    {
        var planted = SupervisorMessage();
        planted["serviceUrl"] = Channel.ServiceUrl(PlantedPrefix);
        var response = await Client.PostAsync(planted, token: null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var stored = await Service<IConversationReferenceStore>().GetAsync(SupervisorConversationId, SupervisorUserId);
        Assert.Equal(ServiceUrlProvenance.LocalMode, stored?.Provenance);

        // Forget the local-mode reply, which went (without a token) to the planted address.
        await Channel.WaitForCallsAsync(1);
        Channel.ClearCalls();
    }

    private async Task<ServiceBotApplication> RestartWithAppIdAsync()
    {
        await App.DisposeAsync();
        return Configure(new ServiceBotApplication(Channel, ServiceBotApplication.TestAppId, Entra) { Clock = Clock, DataFolder = App.DataFolder });
    }
}
