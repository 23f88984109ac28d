using ServiceBot.Storage;
using ServiceBot.Storage.Sql;
using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.Storage;

/// <summary>The <see cref="IServiceSessionStore"/> contract, run on both engines.</summary>
public abstract class ServiceSessionStoreContractTests : StorageContractTests
{
    private protected ServiceSessionStoreContractTests(Func<Task<IStorageTestEngine>> createEngine)
        : base(createEngine)
    {
    }

    [EngineFact]
    public async Task Create_ThenGet_RoundTripsEveryField()
    {
        var sut = CreateSut();
        var session = Session("s-1", Time.GetUtcNow());

        var created = await sut.CreateAsync(session);
        var loaded = await sut.GetAsync("s-1");

        Assert.NotNull(created.ETag);
        Assert.NotNull(loaded);
        Assert.Equal(created.ETag, loaded.ETag);
        AssertSame(session, loaded);
    }

    [EngineFact]
    public async Task Create_ExistingId_ThrowsConflict()
    {
        var sut = CreateSut();
        await sut.CreateAsync(Session("s-1", Time.GetUtcNow()));

        await Assert.ThrowsAsync<StoreConflictException>(() => sut.CreateAsync(Session("s-1", Time.GetUtcNow())));
    }

    [EngineFact]
    public async Task Update_WithCurrentETag_SavesAndIssuesNewETag()
    {
        var sut = CreateSut();
        var created = await sut.CreateAsync(Session("s-1", Time.GetUtcNow()));
        var ended = created with { EndedAt = created.StartedAt.AddMinutes(9), Temperament = "apurado" };

        var updated = await sut.UpdateAsync(ended);

        Assert.NotEqual(created.ETag, updated.ETag);
        var loaded = await sut.GetAsync("s-1");
        Assert.Equal(created.StartedAt.AddMinutes(9), loaded!.EndedAt);
        Assert.Equal("apurado", loaded.Temperament);
    }

    [EngineFact]
    public async Task Update_WithStaleETag_ThrowsConflictAndKeepsNewerData()
    {
        var sut = CreateSut();
        var created = await sut.CreateAsync(Session("s-1", Time.GetUtcNow()));
        await sut.UpdateAsync(created with { Temperament = "jovial" });

        await Assert.ThrowsAsync<StoreConflictException>(() => sut.UpdateAsync(created with { Temperament = "molesto" }));

        Assert.Equal("jovial", (await sut.GetAsync("s-1"))!.Temperament);
    }

    [EngineFact]
    public async Task Update_WithoutETagOrEndingBeforeStart_ThrowsArgumentException()
    {
        var sut = CreateSut();
        var created = await sut.CreateAsync(Session("s-1", Time.GetUtcNow()));

        await Assert.ThrowsAsync<ArgumentException>(() => sut.UpdateAsync(created with { ETag = null }));
        await Assert.ThrowsAsync<ArgumentException>(() => sut.UpdateAsync(created with { EndedAt = created.StartedAt.AddSeconds(-1) }));
    }

    [EngineFact]
    public async Task ListByAgent_ReturnsThatAgentsSessionsInThePeriodOldestFirst()
    {
        var sut = CreateSut();
        var day = Time.GetUtcNow();
        await sut.CreateAsync(Session("late", day.AddHours(3)));
        await sut.CreateAsync(Session("early", day.AddHours(1)));
        await sut.CreateAsync(Session("yesterday", day.AddDays(-1)));
        await sut.CreateAsync(Session("other-agent", day.AddHours(2)) with { AgentId = "29:other" });
        await sut.CreateAsync(Session("at-end", day.AddDays(1)));

        var found = await sut.ListByAgentAsync("29:agent", day, day.AddDays(1));

        Assert.Equal(["early", "late"], found.Select(session => session.Id));
    }

    [EngineFact]
    public async Task PurgeStartedBefore_DeletesOnlyOlderSessions()
    {
        var sut = CreateSut();
        var now = Time.GetUtcNow();
        await sut.CreateAsync(Session("old", now.AddDays(-40)));
        await sut.CreateAsync(Session("recent", now.AddDays(-5)));

        var purged = await sut.PurgeStartedBeforeAsync(now.AddDays(-30));

        Assert.Equal(1, purged);
        Assert.Null(await sut.GetAsync("old"));
        Assert.NotNull(await sut.GetAsync("recent"));
    }

    private static ServiceSession Session(string id, DateTimeOffset start) => new()
    {
        Id = id,
        AgentId = "29:agent",
        TeamId = "team-lima",
        ConversationId = "a:agent-chat",
        StartedAt = start,
        ServiceChannel = "in-person",
        Temperament = "serio",
        Checklist = [new ChecklistMark("greeting", start.AddSeconds(20)), new ChecklistMark("eye-contact", start.AddSeconds(25))],
        WaitingCustomers = [new WaitingCustomer(start.AddMinutes(2), start.AddMinutes(6)), new WaitingCustomer(start.AddMinutes(4))],
        ContentVersion = "sha256:abc",
    };

    private static void AssertSame(ServiceSession expected, ServiceSession actual)
    {
        Assert.Equal(
            (expected.Id, expected.AgentId, expected.TeamId, expected.ConversationId, expected.StartedAt, expected.EndedAt),
            (actual.Id, actual.AgentId, actual.TeamId, actual.ConversationId, actual.StartedAt, actual.EndedAt));
        Assert.Equal((expected.ServiceChannel, expected.Temperament, expected.ContentVersion), (actual.ServiceChannel, actual.Temperament, actual.ContentVersion));
        Assert.Equal(expected.Checklist, actual.Checklist);
        Assert.Equal(expected.WaitingCustomers, actual.WaitingCustomers);
    }

    private SqlServiceSessionStore CreateSut() => new(OpenDatabase(), Time);
}
