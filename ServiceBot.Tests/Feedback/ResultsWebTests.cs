using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ServiceBot.Feedback;
using ServiceBot.Localization;
using ServiceBot.People;
using ServiceBot.Storage;
using ServiceBot.Tests.WebIdentity;

namespace ServiceBot.Tests.Feedback;

/// <summary>
/// /results and /results.csv outside local mode: sign-in required (tokens signed by the loopback identity provider),
/// a supervisor sees only their teams whatever the query string asks, an agent sees only themselves.
/// </summary>
public sealed class ResultsWebTests : WebIdentityTestBase
{
    private const string SupervisorId = "5b1c7d2e-3f4a-4b5c-8d6e-7f8a9b0c1d2e";
    private const string AnaId = "6c2d8e3f-4a5b-4c6d-9e7f-8a9b0c1d2e3f";
    private const string BetoId = "7d3e9f4a-5b6c-4d7e-8f9a-9b0c1d2e3f4a";

    [Fact]
    public async Task ResultsAndCsv_WithoutSignIn_AreRefused()
    {
        using var browser = NewBrowser();

        using var page = await browser.SendAsync(Fetch("/results"));
        using var csv = await browser.SendAsync(Fetch("/results.csv"));

        Assert.Equal(HttpStatusCode.Unauthorized, page.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, csv.StatusCode);
    }

    [Fact]
    public async Task Supervisor_SeesOnlyTheirTeams_EvenWhenAskingForAnother()
    {
        await SeedAsync();
        using var browser = NewBrowser();

        using var page = await browser.SendAsync(Fetch("/results", Token(SupervisorId)));
        using var asked = await browser.SendAsync(Fetch("/results?team=telefono", Token(SupervisorId)));
        using var csv = await browser.SendAsync(Fetch("/results.csv?team=telefono", Token(SupervisorId)));
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
        var askedHtml = WebUtility.HtmlDecode(await asked.Content.ReadAsStringAsync());
        var csvText = await csv.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Ana Pérez", html, StringComparison.Ordinal);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains("50 %", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Beto Ruiz", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Beto Ruiz", askedHtml, StringComparison.Ordinal);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Ana Pérez", csvText, StringComparison.Ordinal);
        Assert.DoesNotContain("Beto Ruiz", csvText, StringComparison.Ordinal);
        Assert.Contains("'=HYPERLINK", csvText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Agent_SeesOnlyThemselves()
    {
        await SeedAsync();
        using var browser = NewBrowser();

        using var page = await browser.SendAsync(Fetch("/results", Token(BetoId)));
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Sus resultados", html, StringComparison.Ordinal);
        Assert.Contains("Me atendieron bien", html, StringComparison.Ordinal);
        Assert.DoesNotContain("HYPERLINK", html, StringComparison.Ordinal);
    }

    private string Token(string objectId) => Idp.TeamsToken("2.0", AppId, objectId);

    private async Task SeedAsync()
    {
        await ApplyAsync(
            new RosterChange.SaveTeam("mostrador", "Mostrador"),
            new RosterChange.SaveTeam("telefono", "Teléfono"),
            new RosterChange.AddSupervisor(new Person(Key(SupervisorId), "Sofía Ramos"), "mostrador"),
            new RosterChange.AssignAgent(new Person(Key(AnaId), "Ana Pérez"), "mostrador"),
            new RosterChange.AssignAgent(new Person(Key(BetoId), "Beto Ruiz"), "telefono"));
        var store = App.Services.GetRequiredService<ISurveyInvitationStore>();
        var now = App.Services.GetRequiredService<TimeProvider>().GetUtcNow().AddHours(-1);
        var seeds = new[]
        {
            ("s1", "29:ana", AnaId, "Ana Pérez", "mostrador", 5, (string?)null),
            ("s2", "29:ana", AnaId, "Ana Pérez", "mostrador", 1, "=HYPERLINK(\"x\") tardaron"),
            ("s3", "29:beto", BetoId, "Beto Ruiz", "telefono", 2, "Me atendieron bien pero lento"),
        };
        foreach (var (session, agentId, objectId, name, team, rating, comment) in seeds)
        {
            var token = SurveyToken.New();
            await store.CreateAsync(new SurveyInvitation
            {
                TokenHash = token.Hash, ServiceSessionId = session, AgentId = agentId, AgentObjectId = objectId, AgentTenantId = TenantId,
                AgentName = name, TeamId = team, Language = Language.Spanish, CreatedAt = now, ExpiresAt = now.AddDays(1),
            });
            Assert.True((await store.ClaimAsync(token.Hash, new SurveyAnswer(rating, [], null, comment, FeedbackSource.Web), now.AddMinutes(1))).Recorded);
        }
    }
}
