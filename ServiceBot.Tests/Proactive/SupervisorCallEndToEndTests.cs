using ServiceBot.BotFramework.Schema;
using ServiceBot.People;
using ServiceBot.Proactive;
using ServiceBot.Storage;
using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.Proactive;

public sealed class SupervisorCallEndToEndTests : ProactiveHostTestBase
{
    private SupervisorNotifier Sut => Service<SupervisorNotifier>();

    [Fact]
    public async Task Call_SupervisorWhoTalkedToTheBot_ReachesTheir1on1ChatWithAnAlertAndReportsTheOthers()
    {
        await PostAsync(SupervisorMessage());
        Clock.Advance(TimeSpan.FromMinutes(1));
        var baseline = await PostAsync(SupervisorMessage(conversationId: "19:team-group@thread.v2", conversationType: "groupChat"));

        var result = await Sut.CallAsync(Activity.CreateMessage("Ana Pérez pide ayuda: cliente molesto, paso 2, 4 min esperando"), CancellationToken.None);

        Assert.Equal(1, result.Reached);
        Assert.Equal([OtherSupervisorAadObjectId, AbsentSupervisorAadObjectId], result.Unreachable);
        var call = Assert.Single(Channel.Calls.Skip(baseline));
        Assert.Equal(ActivitiesPath(SupervisorConversationId), call.Path);
        Assert.Equal(SupervisorUserId, call.Activity.Recipient?.Id);
        Assert.Equal(TestActivities.BotId, call.Activity.From?.Id);
        Assert.True(call.Json.GetProperty("channelData").GetProperty("notification").GetProperty("alert").GetBoolean());
        await AssertBotTokenAsync(call);
    }

    [Fact]
    public async Task Call_SupervisorBlockedTheBot_ForgetsTheReferenceAndReportsThemUnreachable()
    {
        await PostAsync(SupervisorMessage());
        Channel.Enqueue(new ScriptedResponse(403, """{"error":{"code":"MessageWritesBlocked","message":"Thread is blocked."}}"""));

        var result = await Sut.CallAsync(Activity.CreateMessage("Ayuda"), CancellationToken.None);

        Assert.Equal(0, result.Reached);
        Assert.Equal([SupervisorAadObjectId, OtherSupervisorAadObjectId, AbsentSupervisorAadObjectId], result.Unreachable);
        Assert.Empty(await Service<IConversationReferenceStore>().FindByAadObjectIdAsync(SupervisorAadObjectId));
    }

    [Fact]
    public async Task Call_ChannelFailsForOneSupervisor_StillReachesTheOther()
    {
        await PostAsync(SupervisorMessage());
        var baseline = await PostAsync(SupervisorMessage("29:supervisor-2", OtherSupervisorAadObjectId, "a:2supervisorPersonal"));
        Channel.Enqueue(new ScriptedResponse(500));

        var result = await Sut.CallAsync(Activity.CreateMessage("Ayuda"), CancellationToken.None);

        Assert.Equal(1, result.Reached);
        Assert.Equal(2, result.Unreachable.Count);
        Assert.Contains(AbsentSupervisorAadObjectId, result.Unreachable);
        Assert.Equal(2, Channel.Calls.Count - baseline);
        var references = Service<IConversationReferenceStore>();
        Assert.Single(await references.FindByAadObjectIdAsync(SupervisorAadObjectId));
        Assert.Single(await references.FindByAadObjectIdAsync(OtherSupervisorAadObjectId));
    }

    [Fact]
    public async Task Call_AgentInARosterTeam_ReachesThatTeamsSupervisorsOnly()
    {
        var roster = Service<IRosterStore>();
        var tenant = Guid.Parse(ServiceBotApplication.TestTenantId);
        var agent = new PersonKey(tenant, Guid.Parse(AgentAadObjectId));
        await roster.ApplyAsync(
            [
                new RosterChange.SaveTeam("mostrador", "Mostrador"),
                new RosterChange.AssignAgent(new Person(agent), "mostrador"),
                new RosterChange.AddSupervisor(new Person(new PersonKey(tenant, Guid.Parse(OtherSupervisorAadObjectId))), "mostrador"),
            ],
            (await roster.GetAsync()).ETag,
            "test");
        await PostAsync(SupervisorMessage());
        var baseline = await PostAsync(SupervisorMessage("29:supervisor-2", OtherSupervisorAadObjectId, "a:2supervisorPersonal"));

        var result = await Sut.CallAsync(agent, _ => Activity.CreateMessage("Ayuda"), CancellationToken.None);

        Assert.Equal(1, result.Reached);
        Assert.Empty(result.Unreachable);
        var call = Assert.Single(Channel.Calls.Skip(baseline));
        Assert.Equal(ActivitiesPath("a:2supervisorPersonal"), call.Path);
    }
}
