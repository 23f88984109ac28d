using ServiceBot.BotFramework.Connector;
using ServiceBot.BotFramework.Schema;
using ServiceBot.Storage;
using ServiceBot.Storage.Sql;
using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.Storage;

/// <summary>The <see cref="IConversationReferenceStore"/> contract, run on both engines.</summary>
public abstract class ConversationReferenceStoreContractTests : StorageContractTests
{
    private protected ConversationReferenceStoreContractTests(Func<Task<IStorageTestEngine>> createEngine)
        : base(createEngine)
    {
    }

    [EngineFact]
    public async Task Save_ThenGet_RoundTripsEveryField()
    {
        var sut = CreateSut();
        var reference = Reference("a:1Xq9@thread.tacv2", "29:agent");

        await sut.SaveAsync(reference, ServiceUrlProvenance.VerifiedChannel);
        var loaded = await sut.GetAsync("a:1Xq9@thread.tacv2", "29:agent");

        Assert.NotNull(loaded);
        Assert.Equal(ProtocolJson.ToElement(reference).GetRawText(), ProtocolJson.ToElement(loaded.Reference).GetRawText());
        Assert.Equal(ServiceUrlProvenance.VerifiedChannel, loaded.Provenance);
    }

    [EngineFact]
    public async Task Save_EachProvenance_IsReadBackWithTheReference()
    {
        var sut = CreateSut();
        ServiceUrlProvenance[] provenances = [ServiceUrlProvenance.Unknown, ServiceUrlProvenance.VerifiedChannel, ServiceUrlProvenance.UnverifiedChannel, ServiceUrlProvenance.LocalMode];

        foreach (var provenance in provenances)
        {
            await sut.SaveAsync(Reference($"a:{provenance}", "29:agent"), provenance);
        }

        var found = await sut.FindByUserAsync("29:agent");
        Assert.Equal(provenances.Order(), found.Select(r => r.Provenance).Order());
        Assert.All(found, r => Assert.Equal($"a:{r.Provenance}", r.Reference.Conversation?.Id));
    }

    [EngineFact]
    public async Task Save_AgainFromAnotherMode_ReplacesTheProvenanceToo()
    {
        var sut = CreateSut();
        await sut.SaveAsync(Reference("a:1", "29:agent"), ServiceUrlProvenance.LocalMode);

        await sut.SaveAsync(Reference("a:1", "29:agent"), ServiceUrlProvenance.VerifiedChannel);

        Assert.Equal(ServiceUrlProvenance.VerifiedChannel, (await sut.GetAsync("a:1", "29:agent"))?.Provenance);
        Assert.Equal(ServiceUrlProvenance.VerifiedChannel, Assert.Single(await sut.FindByAadObjectIdAsync("6b0c6c1e-0000-4000-8000-000000000001")).Provenance);
    }

    [EngineFact]
    public async Task SaveWithNewState_CreatesTheItemOnce_AndSavesTheReferenceEachTime()
    {
        var database = OpenDatabase();
        var sut = new SqlConversationReferenceStore(database, Time);
        var state = new SqlStateStore(database, Time);

        Assert.True(await sut.SaveWithNewStateAsync(Reference("a:1", "29:agent"), ServiceUrlProvenance.VerifiedChannel, "a:1/welcomed", """{"n":1}"""));
        Assert.False(await sut.SaveWithNewStateAsync(
            Reference("a:1", "29:agent") with { ServiceUrl = "https://smba.trafficmanager.net/amer/" }, ServiceUrlProvenance.VerifiedChannel, "a:1/welcomed", """{"n":2}"""));

        Assert.Equal("""{"n":1}""", (await state.ReadAsync("a:1/welcomed"))?.Json);
        Assert.Equal("https://smba.trafficmanager.net/amer/", (await sut.GetAsync("a:1", "29:agent"))?.Reference.ServiceUrl);
    }

    [EngineFact]
    public async Task RehearseSaveWithNewState_KeepsNeither_AndTheSaveAfterItStillCreatesTheItem()
    {
        var database = OpenDatabase();
        var sut = new SqlConversationReferenceStore(database, Time);
        var state = new SqlStateStore(database, Time);

        await sut.RehearseSaveWithNewStateAsync(Reference("a:1", "29:agent"), ServiceUrlProvenance.VerifiedChannel, "a:1/welcomed", """{"n":1}""");
        await sut.RehearseSaveWithNewStateAsync(Reference("a:1", "29:agent"), ServiceUrlProvenance.VerifiedChannel, "a:1/welcomed", """{"n":1}""");

        Assert.Null(await sut.GetAsync("a:1", "29:agent"));
        Assert.Null(await state.ReadAsync("a:1/welcomed"));
        Assert.True(await sut.SaveWithNewStateAsync(Reference("a:1", "29:agent"), ServiceUrlProvenance.VerifiedChannel, "a:1/welcomed", """{"n":2}"""));
        Assert.Equal("""{"n":2}""", (await state.ReadAsync("a:1/welcomed"))?.Json);
    }

    [EngineFact]
    public async Task SaveWithNewState_AnInvalidReference_WritesNeither()
    {
        var database = OpenDatabase();
        var sut = new SqlConversationReferenceStore(database, Time);

        await Assert.ThrowsAsync<ArgumentException>(() =>
            sut.SaveWithNewStateAsync(Reference("a:1", "29:agent") with { ServiceUrl = null }, ServiceUrlProvenance.VerifiedChannel, "a:1/welcomed", "{}"));

        Assert.Null(await new SqlStateStore(database, Time).ReadAsync("a:1/welcomed"));
    }

    [EngineFact]
    public async Task Save_SameConversationAndUserAgain_ReplacesTheReference()
    {
        var sut = CreateSut();
        await sut.SaveAsync(Reference("a:1", "29:agent"), ServiceUrlProvenance.VerifiedChannel);

        await sut.SaveAsync(Reference("a:1", "29:agent") with { ServiceUrl = "https://smba.trafficmanager.net/amer/" }, ServiceUrlProvenance.VerifiedChannel);

        var all = await sut.FindByUserAsync("29:agent");
        Assert.Equal("https://smba.trafficmanager.net/amer/", Assert.Single(all).Reference.ServiceUrl);
    }

    [EngineFact]
    public async Task FindByUser_SeveralConversations_ReturnsThemNewestFirst()
    {
        var sut = CreateSut();
        await sut.SaveAsync(Reference("a:old", "29:agent"), ServiceUrlProvenance.VerifiedChannel);
        Time.Advance(TimeSpan.FromMinutes(1));
        await sut.SaveAsync(Reference("a:new", "29:agent"), ServiceUrlProvenance.VerifiedChannel);
        await sut.SaveAsync(Reference("a:new", "29:someone-else"), ServiceUrlProvenance.VerifiedChannel);

        var found = await sut.FindByUserAsync("29:agent");

        Assert.Equal(["a:new", "a:old"], found.Select(stored => stored.Reference.Conversation!.Id));
    }

    [EngineFact]
    public async Task FindByAadObjectId_SeveralConversations_ReturnsThemNewestFirstWhateverTheCase()
    {
        var sut = CreateSut();
        await sut.SaveAsync(Reference("a:old", "29:supervisor", Supervisor), ServiceUrlProvenance.VerifiedChannel);
        Time.Advance(TimeSpan.FromMinutes(1));
        await sut.SaveAsync(Reference("a:new", "29:supervisor", Supervisor), ServiceUrlProvenance.VerifiedChannel);
        await sut.SaveAsync(Reference("a:new", "29:agent"), ServiceUrlProvenance.VerifiedChannel);

        var found = await sut.FindByAadObjectIdAsync(Supervisor.ToUpperInvariant());

        Assert.Equal(["a:new", "a:old"], found.Select(stored => stored.Reference.Conversation!.Id));
        Assert.Empty(await sut.FindByAadObjectIdAsync("6b0c6c1e-0000-4000-8000-0000000000ff"));
    }

    [EngineFact]
    public async Task FindByAadObjectId_AfterTheUserChangedOrLostIt_FollowsTheLatestSave()
    {
        var sut = CreateSut();
        await sut.SaveAsync(Reference("a:1", "29:supervisor", Supervisor), ServiceUrlProvenance.VerifiedChannel);

        await sut.SaveAsync(Reference("a:1", "29:supervisor") with { User = new ChannelAccount { Id = "29:supervisor" } }, ServiceUrlProvenance.VerifiedChannel);

        Assert.Empty(await sut.FindByAadObjectIdAsync(Supervisor));
    }

    [EngineFact]
    public async Task Save_WithoutConversationIdOrServiceUrl_ThrowsArgumentException()
    {
        var sut = CreateSut();

        await Assert.ThrowsAsync<ArgumentException>(() => sut.SaveAsync(Reference("a:1", "29:agent") with { Conversation = null }, ServiceUrlProvenance.VerifiedChannel));
        await Assert.ThrowsAsync<ArgumentException>(() => sut.SaveAsync(Reference("a:1", "29:agent") with { ServiceUrl = "" }, ServiceUrlProvenance.VerifiedChannel));
        Assert.Empty(await sut.FindByUserAsync("29:agent"));
    }

    [EngineFact]
    public async Task Delete_ExistingReference_RemovesOnlyIt()
    {
        var sut = CreateSut();
        await sut.SaveAsync(Reference("a:1", "29:agent"), ServiceUrlProvenance.VerifiedChannel);
        await sut.SaveAsync(Reference("a:2", "29:agent"), ServiceUrlProvenance.VerifiedChannel);

        Assert.True(await sut.DeleteAsync("a:1", "29:agent"));
        Assert.False(await sut.DeleteAsync("a:1", "29:agent"));

        Assert.Null(await sut.GetAsync("a:1", "29:agent"));
        Assert.NotNull(await sut.GetAsync("a:2", "29:agent"));
    }

    private const string Supervisor = "2c9d7a3e-1f4b-4e8a-9c6d-5b7e8f9a0b1c";

    private static ConversationReference Reference(string conversationId, string userId, string aadObjectId = "6b0c6c1e-0000-4000-8000-000000000001") => new()
    {
        ActivityId = "1700000000000",
        ChannelId = "msteams",
        ServiceUrl = "https://smba.trafficmanager.net/teams/",
        Locale = "es-MX",
        User = new ChannelAccount { Id = userId, Name = "Lucía Pérez", AadObjectId = aadObjectId },
        Bot = new ChannelAccount { Id = "28:bot-app-id", Name = "ServiceBot" },
        Conversation = new ConversationAccount
        {
            Id = conversationId,
            ConversationType = "personal",
            TenantId = "72f988bf-0000-4000-8000-000000000000",
        },
    };

    private SqlConversationReferenceStore CreateSut() => new(OpenDatabase(), Time);
}
