using ServiceBot.BotFramework.Connector;
using ServiceBot.BotFramework.Schema;
using ServiceBot.People;
using ServiceBot.Storage.Sql;
using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.Storage;

/// <summary>The <see cref="ISeenPeopleDirectory"/> contract over the conversation references, run on both engines.</summary>
public abstract class SeenPeopleDirectoryContractTests : StorageContractTests
{
    private const string Tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    private const string Sofia = "2c9d7a3e-1f4b-4e8a-9c6d-5b7e8f9a0b1c";
    private const string Ana = "6b0c6c1e-0000-4000-8000-000000000001";

    private protected SeenPeopleDirectoryContractTests(Func<Task<IStorageTestEngine>> createEngine)
        : base(createEngine)
    {
    }

    [EngineFact]
    public async Task Find_ByNameIgnoringCaseAndAccents_ByTeamsIdOrObjectId_NewestFirstOncePerPerson()
    {
        var database = OpenDatabase();
        var references = new SqlConversationReferenceStore(database, Time);
        await references.SaveAsync(Reference("a:sofia-1", "29:sofia", Sofia, "Sofía Ramos"), ServiceUrlProvenance.VerifiedChannel);
        Time.Advance(TimeSpan.FromMinutes(1));
        await references.SaveAsync(Reference("a:ana", "29:ana", Ana, "Ana Pérez"), ServiceUrlProvenance.VerifiedChannel);
        Time.Advance(TimeSpan.FromMinutes(1));
        await references.SaveAsync(Reference("19:group", "29:sofia", Sofia, "Sofía Ramos"), ServiceUrlProvenance.VerifiedChannel);
        await references.SaveAsync(Reference("a:emulator", "user-1", null, "Sin Entra"), ServiceUrlProvenance.VerifiedChannel);
        var sut = new SqlSeenPeopleDirectory(database);

        var everyone = await sut.FindAsync(null, 10);
        var bySofia = await sut.FindAsync("SOFIA", 10);
        var byTeamsId = await sut.FindAsync("29:ana", 10);
        var byObjectId = await sut.FindAsync(Ana.ToUpperInvariant(), 10);

        Assert.Equal(["Sofía Ramos", "Ana Pérez"], everyone.Select(p => p.Name));
        var sofia = Assert.Single(bySofia);
        Assert.Equal(new PersonKey(Guid.Parse(Tenant), Guid.Parse(Sofia)), sofia.Key);
        Assert.Equal("29:sofia", sofia.TeamsUserId);
        Assert.Equal(Time.GetUtcNow(), sofia.LastSeen);
        Assert.Equal("Ana Pérez", Assert.Single(byTeamsId).Name);
        Assert.Equal("Ana Pérez", Assert.Single(byObjectId).Name);
        Assert.Single(await sut.FindAsync(null, 1));
        Assert.Empty(await sut.FindAsync("nadie", 10));
    }

    private static ConversationReference Reference(string conversationId, string userId, string? aadObjectId, string name) => new()
    {
        ChannelId = "msteams",
        ServiceUrl = "https://smba.trafficmanager.net/amer/",
        User = new ChannelAccount { Id = userId, Name = name, AadObjectId = aadObjectId },
        Bot = new ChannelAccount { Id = "28:bot" },
        Conversation = new ConversationAccount { Id = conversationId, TenantId = Tenant },
    };
}
