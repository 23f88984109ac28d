using ServiceBot.Storage;
using ServiceBot.Storage.Sql;
using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.Storage;

/// <summary>The <see cref="IContentVersionStore"/> contract, run on both engines.</summary>
public abstract class ContentVersionStoreContractTests : StorageContractTests
{
    private protected ContentVersionStoreContractTests(Func<Task<IStorageTestEngine>> createEngine)
        : base(createEngine)
    {
    }

    [EngineFact]
    public async Task GetCurrent_NothingRecorded_ReturnsNull()
    {
        Assert.Null(await CreateSut().GetCurrentAsync());
    }

    [EngineFact]
    public async Task Record_FirstVersion_BecomesCurrentWithWhoWhenWhat()
    {
        var sut = CreateSut();

        var recorded = await sut.RecordAsync("sha256:aaa", "admin@contoso.com", "phrases/greetings.yaml: new evening phrase");

        Assert.Equal(new ContentVersion(recorded.Sequence, "sha256:aaa", "admin@contoso.com", "phrases/greetings.yaml: new evening phrase", Time.GetUtcNow()), recorded);
        Assert.Equal(recorded, await sut.GetCurrentAsync());
    }

    [EngineFact]
    public async Task Record_SameHashAsCurrent_RecordsNothing()
    {
        var sut = CreateSut();
        var first = await sut.RecordAsync("sha256:aaa", "startup", "initial load");
        Time.Advance(TimeSpan.FromHours(1));

        var again = await sut.RecordAsync("sha256:aaa", "startup", "initial load");

        Assert.Equal(first, again);
        Assert.Single(await sut.ListAsync(10));
    }

    [EngineFact]
    public async Task Record_NewHashesAndARevert_AppendToTheTrailNewestFirst()
    {
        var sut = CreateSut();
        await sut.RecordAsync("sha256:aaa", "startup", "initial load");
        Time.Advance(TimeSpan.FromMinutes(5));
        await sut.RecordAsync("sha256:bbb", "ana", "playbooks/angry.yaml: step 2 reworded");
        Time.Advance(TimeSpan.FromMinutes(5));
        await sut.RecordAsync("sha256:aaa", "ana", "reverted");

        var trail = await sut.ListAsync(10);

        Assert.Equal(["sha256:aaa", "sha256:bbb", "sha256:aaa"], trail.Select(version => version.Hash));
        Assert.Equal(["reverted", "playbooks/angry.yaml: step 2 reworded", "initial load"], trail.Select(version => version.Summary));
        Assert.True(trail[0].RecordedAt > trail[1].RecordedAt && trail[1].RecordedAt > trail[2].RecordedAt);
        Assert.Equal(2, (await sut.ListAsync(2)).Count);
    }

    private SqlContentVersionStore CreateSut() => new(OpenDatabase(), Time);
}
