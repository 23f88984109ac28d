using Dapper;
using ServiceBot.Feedback;
using ServiceBot.Localization;
using ServiceBot.Storage;
using ServiceBot.Storage.Sql;
using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.Storage;

/// <summary>The <see cref="ISurveyInvitationStore"/> contract, run on both engines: the single-use claim and its answer.</summary>
public abstract class SurveyInvitationStoreContractTests : StorageContractTests
{
    private protected SurveyInvitationStoreContractTests(Func<Task<IStorageTestEngine>> createEngine)
        : base(createEngine)
    {
    }

    [EngineFact]
    public async Task Claim_OpenInvitation_StoresTheAnswerWithItsContextAndAspectRows()
    {
        var database = OpenDatabase();
        var sut = new SqlSurveyInvitationStore(database);
        var token = SurveyToken.New();
        await sut.CreateAsync(Invitation(token, "s-1"));

        var claim = await sut.ClaimAsync(token.Hash, Answer(4), Time.GetUtcNow());

        Assert.True(claim.Recorded);
        var stored = await new SqlFeedbackStore(database, Time).GetBySessionAsync("s-1");
        Assert.Equal((4, "agent-1", "team-a", "phone", "obj-1", "v1", FeedbackSource.Web), (stored!.Rating, stored.AgentId, stored.TeamId, stored.ServiceChannel, stored.AgentObjectId, stored.ContentVersion, stored.Source));
        await using var connection = await database.OpenAsync(CancellationToken.None);
        Assert.Equal(["kindness", "promptness"], await connection.QueryAsync<string>("SELECT aspect FROM feedback_aspects WHERE service_session_id = 's-1' ORDER BY aspect"));
        Assert.Equal(SurveyState.Answered, (await sut.FindAsync(token.Hash))!.StateAt(Time.GetUtcNow()));
    }

    [EngineFact]
    public async Task Reissue_GivesTheUnansweredInvitationANewTokenAndCustomer_AndTheOldTokenStopsWorking()
    {
        var sut = new SqlSurveyInvitationStore(OpenDatabase());
        var first = SurveyToken.New();
        await sut.CreateAsync(Invitation(first, "s-1"));
        var second = SurveyToken.New();

        var reissued = await sut.ReissueAsync(Invitation(second, "s-1") with
        {
            CustomerId = "29:carlos", CustomerName = "Carlos", CustomerConversationId = "19:chat", CustomerObjectId = "obj-c",
        });

        Assert.True(reissued);
        Assert.Null(await sut.FindAsync(first.Hash));
        Assert.False((await sut.ClaimAsync(first.Hash, Answer(5), Time.GetUtcNow())).Recorded);
        var found = await sut.FindLatestForCustomerAsync("19:chat", "29:carlos");
        Assert.Equal((second.Hash, "Carlos", "obj-c"), (found!.TokenHash, found.CustomerName, found.CustomerObjectId));
        Assert.True((await sut.ClaimAsync(second.Hash, Answer(5), Time.GetUtcNow())).Recorded);
        Assert.False(await sut.ReissueAsync(Invitation(SurveyToken.New(), "s-1")));
        Assert.Null(await sut.FindLatestForCustomerAsync("19:chat", "29:someone-else"));
    }

    [EngineFact]
    public async Task ReissueToPerson_ReservesOnce_UntilForgotten_AndKeepsTheCardItWasSent()
    {
        var sut = new SqlSurveyInvitationStore(OpenDatabase());
        await sut.CreateAsync(Invitation(SurveyToken.New(), "s-1"));
        var toCarlos = Invitation(SurveyToken.New(), "s-1") with { CustomerObjectId = "obj-c", CustomerName = "Carlos" };

        Assert.True(await sut.ReissueToPersonAsync(toCarlos));
        Assert.False(await sut.ReissueToPersonAsync(Invitation(SurveyToken.New(), "s-1") with { CustomerObjectId = "obj-c" }));
        await sut.SetCustomerCardAsync(toCarlos.TokenHash, "a:carlos", "card-9");
        var sent = await sut.FindLatestForCustomerAsync("a:carlos", "29:unknown-id", "obj-c");
        Assert.Equal((toCarlos.TokenHash, "card-9"), (sent!.TokenHash, sent.CustomerCardActivityId));

        await sut.ForgetCustomerAsync(toCarlos.TokenHash);
        Assert.Null(await sut.FindLatestForCustomerAsync("a:carlos", "29:unknown-id", "obj-c"));
        var again = Invitation(SurveyToken.New(), "s-1") with { CustomerObjectId = "obj-c" };
        Assert.True(await sut.ReissueToPersonAsync(again));
        Assert.Null((await sut.FindAsync(again.TokenHash))!.CustomerCardActivityId);

        Assert.True((await sut.ClaimAsync(again.TokenHash, Answer(5), Time.GetUtcNow())).Recorded);
        Assert.False(await sut.ReissueToPersonAsync(Invitation(SurveyToken.New(), "s-1") with { CustomerObjectId = "obj-other" }));
    }

    [EngineFact]
    public async Task Claim_Twice_RecordsTheFirstOnly()
    {
        var sut = new SqlSurveyInvitationStore(OpenDatabase());
        var token = SurveyToken.New();
        await sut.CreateAsync(Invitation(token, "s-1"));

        await sut.ClaimAsync(token.Hash, Answer(5), Time.GetUtcNow());
        var second = await sut.ClaimAsync(token.Hash, Answer(1), Time.GetUtcNow());

        Assert.Equal(SurveyState.Answered, second.State);
        Assert.False(second.Recorded);
    }

    [EngineFact]
    public async Task Claim_ConcurrentFromSeveralInstances_RecordsExactlyOnce()
    {
        var token = SurveyToken.New();
        await new SqlSurveyInvitationStore(OpenDatabase()).CreateAsync(Invitation(token, "s-1"));
        var stores = Enumerable.Range(0, 6).Select(_ => new SqlSurveyInvitationStore(OpenDatabase())).ToList();

        var claims = await Task.WhenAll(stores.Select((store, i) => store.ClaimAsync(token.Hash, Answer(1 + (i % 5)), Time.GetUtcNow())));

        Assert.Single(claims, claim => claim.Recorded);
        Assert.All(claims.Where(claim => !claim.Recorded), claim => Assert.Equal(SurveyState.Answered, claim.State));
    }

    [EngineFact]
    public async Task Claim_ExpiredOrUnknown_RecordsNothingAndSaysWhy()
    {
        var database = OpenDatabase();
        var sut = new SqlSurveyInvitationStore(database);
        var token = SurveyToken.New();
        await sut.CreateAsync(Invitation(token, "s-1"));

        var expired = await sut.ClaimAsync(token.Hash, Answer(5), Time.GetUtcNow().AddHours(72));
        var unknown = await sut.ClaimAsync(SurveyToken.New().Hash, Answer(5), Time.GetUtcNow());

        Assert.Equal(SurveyState.Expired, expired.State);
        Assert.Equal(SurveyState.Unknown, unknown.State);
        Assert.Null(await new SqlFeedbackStore(database, Time).GetBySessionAsync("s-1"));
        Assert.Null((await sut.FindAsync(token.Hash))!.UsedAt);
    }

    [EngineFact]
    public async Task Claim_SessionAlreadyAnsweredAnotherWay_LeavesTheTokenAnsweredWithoutASecondAnswer()
    {
        var database = OpenDatabase();
        var sut = new SqlSurveyInvitationStore(database);
        var token = SurveyToken.New();
        await sut.CreateAsync(Invitation(token, "s-1"));
        await new SqlFeedbackStore(database, Time).InsertAsync(new FeedbackResponse
        {
            ServiceSessionId = "s-1", AgentId = "agent-1", Rating = 3, Language = Language.Spanish, Source = FeedbackSource.Teams, SubmittedAt = Time.GetUtcNow(),
        });

        var claim = await sut.ClaimAsync(token.Hash, Answer(5), Time.GetUtcNow());

        Assert.Equal(SurveyState.Answered, claim.State);
        Assert.Equal(3, (await new SqlFeedbackStore(database, Time).GetBySessionAsync("s-1"))!.Rating);
    }

    [EngineFact]
    public async Task Create_SecondInvitationForTheSameService_ChangesNothing()
    {
        var sut = new SqlSurveyInvitationStore(OpenDatabase());
        var first = SurveyToken.New();
        await sut.CreateAsync(Invitation(first, "s-1"));

        var created = await sut.CreateAsync(Invitation(SurveyToken.New(), "s-1"));

        Assert.False(created);
        Assert.Equal(first.Hash, (await sut.FindBySessionAsync("s-1"))!.TokenHash);
    }

    [EngineFact]
    public async Task IssueWithCard_RecordsTheActivityInItsCommit_AndAnotherDeliveryOfItChangesNothing()
    {
        var database = OpenDatabase();
        var sut = new SqlSurveyInvitationStore(database);
        var processed = new SqlProcessedActivityStore(database, Time);
        await sut.CreateAsync(Invitation(SurveyToken.New(), "s-1"));
        var key = new ServiceBot.BotFramework.Deduplication.ProcessedActivityKey("msteams", "19:chat", "activity-1");
        var delivery = new ServiceBot.BotFramework.Deduplication.ProcessedActivity(key, null);
        var first = SurveyToken.New();

        var issued = await sut.IssueWithCardAsync(ForCarlos(first), toPerson: false, Card(first), Time.GetUtcNow().AddSeconds(30), delivery);

        Assert.Equal(SurveyCardCommit.Issued, issued);
        Assert.NotNull(await processed.FindAsync(key, CancellationToken.None));

        // The same activity again (a second instance that looked before the first committed): nothing changes.
        var second = SurveyToken.New();
        var again = await sut.IssueWithCardAsync(ForCarlos(second), toPerson: false, Card(second), Time.GetUtcNow().AddSeconds(30), delivery);

        Assert.Equal(SurveyCardCommit.AlreadyProcessed, again);
        Assert.Equal(first.Hash, (await sut.FindBySessionAsync("s-1"))!.TokenHash);
        var queued = Assert.Single(await new SqlOutboxStore(database).ListPendingAsync(CancellationToken.None));
        Assert.Equal(first.Hash, SurveyCardRow.TokenHashOf(queued));

        // Without a delivery to record (or for another activity) it is issued as before.
        var third = SurveyToken.New();
        Assert.Equal(SurveyCardCommit.Issued, await sut.IssueWithCardAsync(ForCarlos(third), toPerson: false, Card(third), Time.GetUtcNow().AddSeconds(30)));
        Assert.Equal(third.Hash, (await sut.FindBySessionAsync("s-1"))!.TokenHash);
    }

    private SurveyInvitation ForCarlos(SurveyToken token) =>
        Invitation(token, "s-1") with { CustomerId = "29:carlos", CustomerName = "Carlos", CustomerConversationId = "19:chat" };

    private static OutboxMessage Card(SurveyToken token) => SurveyCardRow.For(
        token.Hash, "19:chat", "https://smba.trafficmanager.net/amer/", ServiceBot.BotFramework.Connector.ServiceUrlProvenance.VerifiedChannel,
        ServiceBot.BotFramework.Schema.Activity.CreateMessage("card"));

    private SurveyInvitation Invitation(SurveyToken token, string sessionId) => new()
    {
        TokenHash = token.Hash,
        ServiceSessionId = sessionId,
        AgentId = "agent-1",
        AgentObjectId = "obj-1",
        AgentTenantId = "tenant-1",
        TeamId = "team-a",
        ConversationId = "conv-1",
        ServiceChannel = "phone",
        Language = Language.Spanish,
        ContentVersion = "v1",
        CreatedAt = Time.GetUtcNow(),
        ExpiresAt = Time.GetUtcNow().AddHours(72),
    };

    private static SurveyAnswer Answer(int rating) => new(rating, ["promptness", "kindness"], 6, "Gracias", FeedbackSource.Web);
}
