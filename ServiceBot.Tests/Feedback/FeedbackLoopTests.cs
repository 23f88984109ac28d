using System.Text.Json.Nodes;
using ServiceBot.Cards;
using ServiceBot.Feedback;
using ServiceBot.Localization;
using ServiceBot.Proactive;
using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.Feedback;

/// <summary>The loop closed: the agent's summary on every answer, a low rating alerts the team's supervisor, "lo reviso" reaches the agent.</summary>
public sealed class FeedbackLoopTests : FeedbackHostTestBase
{
    private ScheduledMessageDispatcher Dispatcher => Service<ScheduledMessageDispatcher>();

    [Fact]
    public async Task GoodRating_GivesTheAgentAnEncouragingSummary_AndAlertsNoOne()
    {
        await PostAsync(SupervisorMessage());
        var link = await EndServiceAsync();
        using var browser = SurveyBrowser.For(App);
        await browser.OpenAsync(PathOf(link));
        await browser.SubmitAsync(PathOf(link), "5", ["kindness"]);
        var before = Channel.Calls.Count;

        Assert.Equal(1, await Dispatcher.DispatchDueAsync(CancellationToken.None));

        var call = Assert.Single(Channel.Calls.Skip(before));
        Assert.Equal(ActivitiesPath(AgentConversationId), call.Path);
        Assert.Contains(Text(TextKeys.FeedbackEncouragementHigh, Language.Spanish), call.Body, StringComparison.Ordinal);
        Assert.Contains("Amabilidad", call.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LowRating_AlertsTheTeamsSupervisorWithContext_AndTheirLoReviso_ReachesTheAgent()
    {
        await PostAsync(SupervisorMessage());
        var angryGuide = AgentMessage("");
        angryGuide.Remove("text");
        angryGuide["value"] = new JsonObject { ["verb"] = CoachingVerbs.StartPlaybook, ["playbook"] = "angry" };
        var link = await EndServiceAsync(during: angryGuide);
        using var browser = SurveyBrowser.For(App);
        await browser.OpenAsync(PathOf(link));
        await browser.SubmitAsync(PathOf(link), "2", comment: "Me hicieron esperar mucho");
        var before = Channel.Calls.Count;

        Assert.Equal(2, await Dispatcher.DispatchDueAsync(CancellationToken.None));

        var calls = Channel.Calls.Skip(before).ToList();
        var alert = Assert.Single(calls, call => call.Path == ActivitiesPath(SupervisorConversationId));
        Assert.Single(calls, call => call.Path == ActivitiesPath(AgentConversationId));
        Assert.True(alert.Json.GetProperty("channelData").GetProperty("notification").GetProperty("alert").GetBoolean());
        Assert.Contains("2 de 5 para Ana López", alert.Body, StringComparison.Ordinal);
        Assert.Contains("Me hicieron esperar mucho", alert.Body, StringComparison.Ordinal);
        Assert.Contains(FeedbackVerbs.Review, alert.Body, StringComparison.Ordinal);
        var alertText = Plain(System.Text.Json.Nodes.JsonNode.Parse(alert.Body));
        Assert.Contains("Guía usada: Cliente molesto o furioso", alertText, StringComparison.Ordinal);
        Assert.Contains("Momentos: ○ " + Text(TextKeys.StageArrival, Language.Spanish), alertText, StringComparison.Ordinal);

        var sessionId = (await LastInvitationAsync()).ServiceSessionId;
        var tapped = await PostAsync(ReviewTap(SupervisorUserId, SupervisorAadObjectId, SupervisorConversationId, sessionId));
        var confirmation = Channel.Calls[tapped - 1];
        Assert.Contains("Listo, le avisé a Ana López", confirmation.Body, StringComparison.Ordinal);
        Assert.Equal(1, await Dispatcher.DispatchDueAsync(CancellationToken.None));
        var toAgent = Channel.Calls[^1];
        Assert.Equal(ActivitiesPath(AgentConversationId), toAgent.Path);
        Assert.Contains("Sofía Ramos vio la calificación de 2 de 5", toAgent.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoReviso_FromSomeoneWhoDoesNotSuperviseTheAgent_IsRefused()
    {
        var link = await EndServiceAsync();
        using var browser = SurveyBrowser.For(App);
        await browser.OpenAsync(PathOf(link));
        await browser.SubmitAsync(PathOf(link), "1");
        await Dispatcher.DispatchDueAsync(CancellationToken.None);
        var sessionId = (await LastInvitationAsync()).ServiceSessionId;

        var tapped = await PostAsync(ReviewTap("29:someone", OtherSupervisorAadObjectId, "a:someonePersonal", sessionId));

        Assert.Contains(Text(FeedbackTextKeys.ReviewNotYours, Language.Spanish), Channel.Calls[tapped - 1].Body, StringComparison.Ordinal);
        Assert.Equal(0, await Dispatcher.DispatchDueAsync(CancellationToken.None));
    }

    private JsonObject ReviewTap(string userId, string aadObjectId, string conversationId, string sessionId)
    {
        var message = SupervisorMessage(userId, aadObjectId, conversationId);
        message["text"] = null;
        message["value"] = new JsonObject { ["verb"] = FeedbackVerbs.Review, [FeedbackVerbs.SessionProperty] = sessionId };
        return message;
    }
}
