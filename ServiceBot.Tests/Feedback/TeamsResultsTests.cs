using ServiceBot.Feedback.Results;

namespace ServiceBot.Tests.Feedback;

/// <summary>"resultados" and "mis resultados" in Teams, on answers given through the real survey page.</summary>
public sealed class TeamsResultsTests : FeedbackHostTestBase
{
    [Fact]
    public async Task Supervisor_Resultados_ShowsTheTeamsCsatMeanAndAgents_AndTheAgentSeesTheirOwn()
    {
        var link = await EndServiceAsync();
        using var browser = SurveyBrowser.For(App);
        await browser.OpenAsync(PathOf(link));
        await browser.SubmitAsync(PathOf(link), "4", ["kindness"], "6");
        await EndServiceAsync();

        var message = SupervisorMessage();
        message["text"] = "Resultados";
        var asked = await PostAsync(message);
        var supervisorCard = Channel.Calls[asked - 1].Body;
        var mine = await PostAsync(AgentMessage("mis resultados"));
        var agentCard = Channel.Calls[mine - 1].Body;

        Assert.True(supervisorCard.Contains("Resultados de sus equipos", StringComparison.Ordinal), supervisorCard);
        Assert.True(supervisorCard.Contains("100 % · media 4.0", StringComparison.Ordinal), supervisorCard);
        Assert.Contains("50 %", supervisorCard, StringComparison.Ordinal);
        Assert.Contains("Ana López", supervisorCard, StringComparison.Ordinal);
        Assert.Contains("Amabilidad (1)", supervisorCard, StringComparison.Ordinal);
        Assert.Contains("Sus resultados", agentCard, StringComparison.Ordinal);
        Assert.DoesNotContain("Por agente", agentCard, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("resultados", ResultsScopeAsked.Teams)]
    [InlineData("Ver resultados, por favor", ResultsScopeAsked.Teams)]
    [InlineData("MIS RESULTADOS", ResultsScopeAsked.Mine)]
    [InlineData("my results", ResultsScopeAsked.Mine)]
    [InlineData("los resultados del cliente me preocupan", null)]
    public void Command_IsRecognizedOnlyAsAWholeRequest(string text, ResultsScopeAsked? expected) =>
        Assert.Equal(expected, ResultsCommand.Parse(text));
}
