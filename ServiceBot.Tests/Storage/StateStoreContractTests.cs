using ServiceBot.Storage;
using ServiceBot.Storage.Sql;
using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.Storage;

/// <summary>The <see cref="IStateStore"/> contract, run on both engines.</summary>
public abstract class StateStoreContractTests : StorageContractTests
{
    // Teams conversation ids are opaque and contain ':', '@' and ';'.
    private const string Key = "msteams/conversations/a:1Xq9@thread.tacv2;messageid=1700000000000";

    private protected StateStoreContractTests(Func<Task<IStorageTestEngine>> createEngine)
        : base(createEngine)
    {
    }

    [EngineFact]
    public async Task Read_MissingKey_ReturnsNull()
    {
        var sut = CreateSut();

        Assert.Null(await sut.ReadAsync(Key));
    }

    [EngineFact]
    public async Task Write_NewKey_CanBeReadBackWithItsETag()
    {
        var sut = CreateSut();

        var etag = await sut.WriteAsync(Key, """{"step":"greeting","lang":"es","nota":"¡Buenos días!"}""", null);
        var item = await sut.ReadAsync(Key);

        Assert.NotNull(item);
        Assert.Equal(Key, item.Key);
        Assert.Equal("""{"step":"greeting","lang":"es","nota":"¡Buenos días!"}""", item.Json);
        Assert.Equal(etag, item.ETag);
    }

    [EngineFact]
    public async Task Write_CreateOnExistingKey_ThrowsConflictAndKeepsData()
    {
        var sut = CreateSut();
        await sut.WriteAsync(Key, """{"n":1}""", null);

        await Assert.ThrowsAsync<StoreConflictException>(() => sut.WriteAsync(Key, """{"n":2}""", null));

        Assert.Equal("""{"n":1}""", (await sut.ReadAsync(Key))!.Json);
    }

    [EngineFact]
    public async Task Write_WithCurrentETag_ReplacesAndIssuesNewETag()
    {
        var sut = CreateSut();
        var first = await sut.WriteAsync(Key, """{"n":1}""", null);

        var second = await sut.WriteAsync(Key, """{"n":2}""", first);

        Assert.NotEqual(first, second);
        Assert.Equal(new StoreItem(Key, """{"n":2}""", second), await sut.ReadAsync(Key));
    }

    [EngineFact]
    public async Task Write_WithStaleETag_ThrowsConflictAndKeepsNewerData()
    {
        var sut = CreateSut();
        var stale = await sut.WriteAsync(Key, """{"n":1}""", null);
        var current = await sut.WriteAsync(Key, """{"n":2}""", stale);

        var ex = await Assert.ThrowsAsync<StoreConflictException>(() => sut.WriteAsync(Key, """{"n":3}""", stale));

        Assert.Contains(Key, ex.Message, StringComparison.Ordinal);
        Assert.Equal(new StoreItem(Key, """{"n":2}""", current), await sut.ReadAsync(Key));
    }

    [EngineFact]
    public async Task Write_WithETagOfDeletedItem_ThrowsConflict()
    {
        var sut = CreateSut();
        var etag = await sut.WriteAsync(Key, """{"n":1}""", null);
        await sut.DeleteAsync(Key);

        await Assert.ThrowsAsync<StoreConflictException>(() => sut.WriteAsync(Key, """{"n":2}""", etag));
        Assert.Null(await sut.ReadAsync(Key));
    }

    [EngineFact]
    public async Task Write_WithAnyETag_CreatesThenOverwrites()
    {
        var sut = CreateSut();

        await sut.WriteAsync(Key, """{"n":1}""", ETags.Any);
        var etag = await sut.WriteAsync(Key, """{"n":2}""", ETags.Any);

        Assert.Equal(new StoreItem(Key, """{"n":2}""", etag), await sut.ReadAsync(Key));
    }

    [EngineFact]
    public async Task Write_TwoConcurrentWritersWithSameETag_OneWinsOtherConflicts()
    {
        var writerA = CreateSut();
        var writerB = CreateSut();
        var etag = await writerA.WriteAsync(Key, """{"n":0}""", null);

        var results = await Task.WhenAll(
            Attempt(writerA, """{"n":"a"}""", etag),
            Attempt(writerB, """{"n":"b"}""", etag));

        var winner = Assert.Single(results, result => result.ETag is not null);
        Assert.Single(results, result => result.Conflict);
        Assert.Equal(new StoreItem(Key, winner.Json, winner.ETag!), await writerA.ReadAsync(Key));
    }

    [EngineFact]
    public async Task Write_InvalidJson_ThrowsArgumentExceptionAndStoresNothing()
    {
        var sut = CreateSut();

        await Assert.ThrowsAsync<ArgumentException>(() => sut.WriteAsync(Key, "{not json", null));

        Assert.Null(await sut.ReadAsync(Key));
    }

    [EngineFact]
    public async Task Write_EmptyKeyOrEmptyETag_ThrowsArgumentException()
    {
        var sut = CreateSut();

        await Assert.ThrowsAsync<ArgumentException>(() => sut.WriteAsync(" ", "{}", null));
        await Assert.ThrowsAsync<ArgumentException>(() => sut.WriteAsync(Key, "{}", ""));
    }

    [EngineFact]
    public async Task Delete_ExistingAndMissingKeys_ReportsWhetherSomethingWasRemoved()
    {
        var sut = CreateSut();
        await sut.WriteAsync(Key, "{}", null);

        Assert.True(await sut.DeleteAsync(Key));
        Assert.False(await sut.DeleteAsync(Key));
        Assert.Null(await sut.ReadAsync(Key));
    }

    [EngineFact]
    public async Task Write_ConversationAndUserKeys_AreIndependentItems()
    {
        var sut = CreateSut();
        var conversation = StateKeys.Conversation("msteams", "a:1");
        var user = StateKeys.User("msteams", "29:1");

        await sut.WriteAsync(conversation, """{"dialogStack":[]}""", null);
        await sut.WriteAsync(user, """{"language":"es","register":"usted","timeZone":"America/Lima"}""", null);

        Assert.Equal("""{"dialogStack":[]}""", (await sut.ReadAsync(conversation))!.Json);
        Assert.Equal("""{"language":"es","register":"usted","timeZone":"America/Lima"}""", (await sut.ReadAsync(user))!.Json);
    }

    private static async Task<(string Json, string? ETag, bool Conflict)> Attempt(SqlStateStore store, string json, string etag)
    {
        try
        {
            return (json, await store.WriteAsync(Key, json, etag), false);
        }
        catch (StoreConflictException)
        {
            return (json, null, true);
        }
    }

    private SqlStateStore CreateSut() => new(OpenDatabase(), Time);
}
