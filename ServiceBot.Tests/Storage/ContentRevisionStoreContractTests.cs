using ServiceBot.Content.Revisions;
using ServiceBot.Content.Sources;
using ServiceBot.Storage.Sql;
using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.Storage;

/// <summary>The <see cref="IContentRevisionStore"/> contract, run on both engines.</summary>
public abstract class ContentRevisionStoreContractTests : StorageContractTests
{
    private protected ContentRevisionStoreContractTests(Func<Task<IStorageTestEngine>> createEngine)
        : base(createEngine)
    {
    }

    private static ContentFileSet Files(string greeting) => new(
    [
        ContentFile.FromText("phrases/greeting.yaml", $"\uFEFF# greeting\nphrases:\n  - es: {greeting}\r\n"),
        ContentFile.FromText("schema/common.schema.json", "{ \"title\": \"ñandú\" }"),
    ]);

    private SqlContentRevisionStore CreateSut() => new SqlContentRevisionStore(OpenDatabase(), Time);

    [EngineFact]
    public async Task Live_NothingPublished_IsNull()
    {
        Assert.Null(await CreateSut().GetLiveIdAsync());
    }

    [EngineFact]
    public async Task Save_KeepsEveryFileByteForByte_WithWhoWhenWhat()
    {
        var sut = CreateSut();
        var files = Files("Buenos días");

        var saved = await sut.SaveAsync(new NewContentRevision(files, null, "ana@contoso.com", "first", ContentOrigin.Studio));

        Assert.Equal(new ContentRevision(saved.Id, null, files.Hash, "ana@contoso.com", "first", ContentOrigin.Studio, Time.GetUtcNow(), null, null), saved);
        var read = await sut.GetFilesAsync(saved.Id);
        Assert.NotNull(read);
        Assert.Equal(files.Hash, read.Hash);
        Assert.Equal(files.Files.Select(file => file.Bytes), read.Files.Select(file => file.Bytes));
        Assert.Null(await sut.GetLiveIdAsync());
    }

    [EngineFact]
    public async Task Publish_FirstAndThenAChild_MovesTheLivePointer()
    {
        var sut = CreateSut();
        var first = await sut.SaveAsync(new NewContentRevision(Files("Hola"), null, "seed", "seed", ContentOrigin.Seed));
        await sut.PublishAsync(first.Id, "seed");
        Time.Advance(TimeSpan.FromMinutes(1));
        var second = await sut.SaveAsync(new NewContentRevision(Files("Buenas"), first.Id, "ana", "warmer", ContentOrigin.Studio));

        var published = await sut.PublishAsync(second.Id, "luis");

        Assert.Equal(second.Id, await sut.GetLiveIdAsync());
        Assert.Equal("luis", published.PublishedBy);
        Assert.Equal(Time.GetUtcNow(), (await sut.GetAsync(second.Id))!.PublishedAt);
        Assert.Equal([second.Id, first.Id], (await sut.ListAsync(10)).Select(revision => revision.Id));
    }

    [EngineFact]
    public async Task Publish_TwoDraftsFromOneParent_TheSecondIsRefusedWithAConflict()
    {
        var sut = CreateSut();
        var root = await sut.SaveAsync(new NewContentRevision(Files("Hola"), null, "seed", "seed", ContentOrigin.Seed));
        await sut.PublishAsync(root.Id, "seed");
        var ana = await sut.SaveAsync(new NewContentRevision(Files("Hola, Ana"), root.Id, "ana", "ana's", ContentOrigin.Studio));
        var luis = await sut.SaveAsync(new NewContentRevision(Files("Hola, Luis"), root.Id, "luis", "luis's", ContentOrigin.Studio));
        await sut.PublishAsync(ana.Id, "ana");

        var conflict = await Assert.ThrowsAsync<ContentRevisionConflictException>(() => sut.PublishAsync(luis.Id, "luis"));

        Assert.Equal(ana.Id, conflict.Live);
        Assert.Contains("has been published since", conflict.Message, StringComparison.Ordinal);
        Assert.Equal(ana.Id, await sut.GetLiveIdAsync());
        Assert.False((await sut.GetAsync(luis.Id))!.IsPublished);
    }

    [EngineFact]
    public async Task Publish_ConcurrentDraftsFromOneParent_ExactlyOneWins()
    {
        var root = await CreateSut().SaveAsync(new NewContentRevision(Files("Hola"), null, "seed", "seed", ContentOrigin.Seed));
        await CreateSut().PublishAsync(root.Id, "seed");
        var drafts = new List<ContentRevision>();
        for (var i = 0; i < 4; i++)
        {
            drafts.Add(await CreateSut().SaveAsync(new NewContentRevision(Files($"Hola {i}"), root.Id, "admin", $"draft {i}", ContentOrigin.Studio)));
        }

        var outcomes = await Task.WhenAll(drafts.Select(async draft =>
        {
            try
            {
                await CreateSut().PublishAsync(draft.Id, "admin");
                return true;
            }
            catch (ContentRevisionConflictException)
            {
                return false;
            }
        }));

        Assert.Single(outcomes, won => won);
    }

    [EngineFact]
    public async Task Publish_AlreadyPublished_IsRefused()
    {
        var sut = CreateSut();
        var root = await sut.SaveAsync(new NewContentRevision(Files("Hola"), null, "seed", "seed", ContentOrigin.Seed));
        await sut.PublishAsync(root.Id, "seed");

        var refused = await Assert.ThrowsAsync<ContentRevisionConflictException>(() => sut.PublishAsync(root.Id, "seed"));

        Assert.Contains("roll back", refused.Message, StringComparison.Ordinal);
    }

    [EngineFact]
    public async Task Publish_NoSuchRevision_Throws()
    {
        await Assert.ThrowsAsync<KeyNotFoundException>(() => CreateSut().PublishAsync(404, "admin"));
    }

    [EngineFact]
    public async Task Latest_ByOrigin_FindsTheNewestOfThoseOrigins()
    {
        var sut = CreateSut();
        var seed = await sut.SaveAsync(new NewContentRevision(Files("Hola"), null, "seed", "seed", ContentOrigin.Seed));
        await sut.SaveAsync(new NewContentRevision(Files("Hola 2"), seed.Id, "ana", "studio", ContentOrigin.Studio));

        var latest = await sut.GetLatestAsync([ContentOrigin.Seed, ContentOrigin.Folder]);

        Assert.Equal(seed.Id, latest?.Id);
    }
}
