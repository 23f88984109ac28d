using ServiceBot.Localization;
using ServiceBot.Storage;
using ServiceBot.Storage.Sql;
using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.Storage;

/// <summary>The <see cref="IFeedbackStore"/> contract, run on both engines.</summary>
public abstract class FeedbackStoreContractTests : StorageContractTests
{
    private protected FeedbackStoreContractTests(Func<Task<IStorageTestEngine>> createEngine)
        : base(createEngine)
    {
    }

    [EngineFact]
    public async Task Insert_NewAnswer_IsRecordedWithEveryField()
    {
        var sut = CreateSut();
        var answer = Answer("s-1", Time.GetUtcNow());

        Assert.Equal(FeedbackInsertResult.Recorded, await sut.InsertAsync(answer));

        var loaded = await sut.GetBySessionAsync("s-1");
        Assert.NotNull(loaded);
        Assert.Equal(answer with { Aspects = loaded.Aspects }, loaded);
        Assert.Equal(answer.Aspects, loaded.Aspects);
    }

    [EngineFact]
    public async Task Insert_SecondAnswerForSameSession_RecordsNothingAndSaysSo()
    {
        var sut = CreateSut();
        await sut.InsertAsync(Answer("s-1", Time.GetUtcNow()));

        var second = await sut.InsertAsync(Answer("s-1", Time.GetUtcNow().AddMinutes(1)) with { Rating = 1, Comment = "otra vez" });

        Assert.Equal(FeedbackInsertResult.AlreadyRecorded, second);
        var kept = await sut.GetBySessionAsync("s-1");
        Assert.Equal(5, kept!.Rating);
        Assert.Equal("Muy amable, ¡gracias!", kept.Comment);
    }

    [EngineFact]
    public async Task Insert_ConcurrentDoubleClick_RecordsExactlyOnce()
    {
        var stores = Enumerable.Range(0, 6).Select(_ => CreateSut()).ToList();

        var results = await Task.WhenAll(stores.Select(store => store.InsertAsync(Answer("s-1", Time.GetUtcNow()))));

        Assert.Single(results, result => result == FeedbackInsertResult.Recorded);
        var day = Time.GetUtcNow().AddDays(-1);
        Assert.Single(await stores[0].QueryAsync(new FeedbackQuery(day, day.AddDays(2))));
    }

    [EngineFact]
    public async Task Insert_ScoresOutOfRangeOrMissingIds_ThrowArgumentException()
    {
        var sut = CreateSut();
        var answer = Answer("s-1", Time.GetUtcNow());

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => sut.InsertAsync(answer with { Rating = 0 }));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => sut.InsertAsync(answer with { Rating = 6 }));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => sut.InsertAsync(answer with { Effort = 8 }));
        await Assert.ThrowsAsync<ArgumentException>(() => sut.InsertAsync(answer with { ServiceSessionId = "" }));
        Assert.Null(await sut.GetBySessionAsync("s-1"));
    }

    [EngineFact]
    public async Task Query_ByAgentTeamAndPeriod_ReturnsOnlyMatchingAnswersOldestFirst()
    {
        var sut = CreateSut();
        var day = Time.GetUtcNow();
        await sut.InsertAsync(Answer("late", day.AddHours(5)));
        await sut.InsertAsync(Answer("early", day.AddHours(1)));
        await sut.InsertAsync(Answer("other-agent", day.AddHours(2)) with { AgentId = "29:other" });
        await sut.InsertAsync(Answer("other-team", day.AddHours(3)) with { AgentId = "29:other", TeamId = "team-cusco" });
        await sut.InsertAsync(Answer("next-day", day.AddDays(1)));

        var period = new FeedbackQuery(day, day.AddDays(1));
        Assert.Equal(["early", "late"], Ids(await sut.QueryAsync(period with { AgentId = "29:agent" })));
        Assert.Equal(["early", "other-agent", "late"], Ids(await sut.QueryAsync(period with { TeamId = "team-lima" })));
        Assert.Equal(["early", "other-agent", "other-team", "late"], Ids(await sut.QueryAsync(period)));
    }

    [EngineFact]
    public async Task PurgeCommentsBefore_BlanksOldCommentsAndKeepsRatings()
    {
        var sut = CreateSut();
        var now = Time.GetUtcNow();
        await sut.InsertAsync(Answer("old", now.AddDays(-100)));
        await sut.InsertAsync(Answer("recent", now.AddDays(-10)));

        var purged = await sut.PurgeCommentsBeforeAsync(now.AddDays(-90));

        Assert.Equal(1, purged);
        var old = await sut.GetBySessionAsync("old");
        Assert.Null(old!.Comment);
        Assert.Equal(5, old.Rating);
        Assert.Equal(["kindness", "solution"], old.Aspects);
        Assert.Equal("Muy amable, ¡gracias!", (await sut.GetBySessionAsync("recent"))!.Comment);
        Assert.Equal(0, await sut.PurgeCommentsBeforeAsync(now.AddDays(-90)));
    }

    private static FeedbackResponse Answer(string sessionId, DateTimeOffset at) => new()
    {
        ServiceSessionId = sessionId,
        AgentId = "29:agent",
        TeamId = "team-lima",
        Rating = 5,
        Aspects = ["kindness", "solution"],
        Effort = 2,
        Comment = "Muy amable, ¡gracias!",
        Language = Language.Spanish,
        Source = FeedbackSource.Web,
        ContentVersion = "sha256:abc",
        SubmittedAt = at,
    };

    private static IEnumerable<string> Ids(IEnumerable<FeedbackResponse> answers) => answers.Select(answer => answer.ServiceSessionId);

    private SqlFeedbackStore CreateSut() => new(OpenDatabase(), Time);
}
