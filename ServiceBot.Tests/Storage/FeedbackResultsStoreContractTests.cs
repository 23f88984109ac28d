using ServiceBot.Feedback;
using ServiceBot.Feedback.Results;
using ServiceBot.Localization;
using ServiceBot.Storage;
using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.Storage;

/// <summary>The results queries on both engines, on known data: CSAT (share of 4–5), mean, response rate, CES, by agent, week and team.</summary>
public abstract class FeedbackResultsStoreContractTests : StorageContractTests
{
    // Monday 2026-11-23 09:00 UTC.
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private protected FeedbackResultsStoreContractTests(Func<Task<IStorageTestEngine>> createEngine)
        : base(createEngine)
    {
    }

    [EngineFact]
    public async Task Results_OnKnownAnswers_GiveCsatMeanResponseRateAndCes()
    {
        var database = OpenDatabase();
        await SeedAsync(database);
        var sut = new SqlFeedbackResultsStore(database);

        var results = await sut.GetAsync(new ResultsQuery(Monday.AddDays(-7), Monday.AddDays(7)));

        // Ana: 5, 4, 2 (effort 7, 6, —) in two weeks, 4 services ended; Beto: 3 (effort 2), 1 service.
        Assert.Equal(new ResultsTally(4, 2, 14, 3, 15, 2, 5), results.Total);
        Assert.Equal(50.0, results.Total.CsatPercent);
        Assert.Equal(3.5, results.Total.MeanRating);
        Assert.Equal(80.0, results.Total.ResponseRatePercent);
        Assert.Equal(5.0, results.Total.CesMean);
        var ana = results.ByAgent.Single(agent => agent.AgentId == "ana");
        Assert.Equal(("Ana López", "team-a", 3L, 4L), (ana.AgentName, ana.TeamId, ana.Tally.Answers, ana.Tally.Offered));
        Assert.Equal([Monday.AddDays(-7).Date, Monday.Date], results.ByWeek.Select(week => week.Start.UtcDateTime.Date));
        Assert.Equal([1L, 3L], results.ByWeek.Select(week => week.Tally.Answers));
        Assert.Equal([new AspectCount("kindness", 2), new AspectCount("clarity", 1)], results.Aspects);
        var low = Assert.Single(results.LowScores);
        Assert.Equal((2, "Tardaron mucho", "Ana López"), (low.Rating, low.Comment, low.AgentName));
    }

    [EngineFact]
    public async Task Results_ForATeamOrOneAgent_CountOnlyThem()
    {
        var database = OpenDatabase();
        await SeedAsync(database);
        var sut = new SqlFeedbackResultsStore(database);

        var teamB = await sut.GetAsync(new ResultsQuery(Monday.AddDays(-7), Monday.AddDays(7)) { TeamIds = ["team-b"] });
        var anaByEntra = await sut.GetAsync(new ResultsQuery(Monday.AddDays(-7), Monday.AddDays(7)) { AgentObjectId = "obj-ana" });
        var noTeams = await sut.GetAsync(new ResultsQuery(Monday.AddDays(-7), Monday.AddDays(7)) { TeamIds = [] });

        Assert.Equal(["beto"], teamB.ByAgent.Select(agent => agent.AgentId));
        Assert.Equal(1, teamB.Total.Answers);
        Assert.Equal(3, anaByEntra.Total.Answers);
        Assert.Equal([new AspectCount("kindness", 2), new AspectCount("clarity", 1)], anaByEntra.Aspects);
        Assert.Equal(0, noTeams.Total.Answers);
    }

    private static async Task SeedAsync(StorageDatabase database)
    {
        var store = new SqlSurveyInvitationStore(database);
        var answers = new (string Session, string Agent, string Team, int? Rating, int? Effort, string[] Aspects, string? Comment, DateTimeOffset At)[]
        {
            ("s1", "ana", "team-a", 5, 7, ["kindness", "clarity"], null, Monday.AddDays(-6)),
            ("s2", "ana", "team-a", 4, 6, ["kindness"], "Bien", Monday.AddHours(1)),
            ("s3", "ana", "team-a", 2, null, [], "Tardaron mucho", Monday.AddHours(2)),
            ("s4", "ana", "team-a", null, null, [], null, Monday.AddHours(3)),
            ("s5", "beto", "team-b", 3, 2, [], null, Monday.AddHours(4)),
        };
        foreach (var answer in answers)
        {
            var token = SurveyToken.New();
            await store.CreateAsync(new SurveyInvitation
            {
                TokenHash = token.Hash, ServiceSessionId = answer.Session, AgentId = answer.Agent, AgentObjectId = "obj-" + answer.Agent,
                AgentName = answer.Agent == "ana" ? "Ana López" : "Beto Ruiz", TeamId = answer.Team, Language = Language.Spanish,
                CreatedAt = answer.At, ExpiresAt = answer.At.AddDays(3),
            });
            if (answer.Rating is { } rating)
            {
                Assert.True((await store.ClaimAsync(token.Hash, new SurveyAnswer(rating, answer.Aspects, answer.Effort, answer.Comment, FeedbackSource.Web), answer.At.AddMinutes(5))).Recorded);
            }
        }

        // Outside the period: not counted.
        var old = SurveyToken.New();
        await store.CreateAsync(new SurveyInvitation
        {
            TokenHash = old.Hash, ServiceSessionId = "s0", AgentId = "ana", TeamId = "team-a", Language = Language.Spanish,
            CreatedAt = Monday.AddDays(-30), ExpiresAt = Monday.AddDays(-27),
        });
        await store.ClaimAsync(old.Hash, new SurveyAnswer(1, [], null, null, FeedbackSource.Web), Monday.AddDays(-30));
    }
}
