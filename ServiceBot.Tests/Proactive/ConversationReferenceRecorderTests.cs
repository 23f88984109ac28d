using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ServiceBot.BotFramework.Authentication;
using ServiceBot.BotFramework.Connector;
using ServiceBot.BotFramework.Schema;
using ServiceBot.Proactive;
using ServiceBot.Storage;
using ServiceBot.Storage.Sql;
using ServiceBot.Storage.Sqlite;
using ServiceBot.Tests.Fixtures;
using ServiceBot.Tests.Storage.Sqlite;

namespace ServiceBot.Tests.Proactive;

public sealed class ConversationReferenceRecorderTests : IAsyncLifetime, IAsyncDisposable
{
    private const string ConversationId = "a:1qhNLqGYjR-personal";
    private const string UserId = "29:agent";

    private readonly SqliteTestEngine engine = new();
    private readonly ManualTimeProvider time = new();
    private readonly CapturingLoggerProvider logs = new();
    private readonly List<StorageDatabase> databases = [];
    private readonly ILoggerFactory loggerFactory;

    public ConversationReferenceRecorderTests() => loggerFactory = LoggerFactory.Create(builder => builder.AddProvider(logs));

    [Fact]
    public async Task Record_SameReferenceTwice_SavesItOnce()
    {
        var store = CreateStore();
        var sut = CreateSut(store);

        await sut.RecordAsync(Message("activity-1"), ServiceUrlProvenance.VerifiedChannel, CancellationToken.None);
        await sut.RecordAsync(Message("activity-2"), ServiceUrlProvenance.VerifiedChannel, CancellationToken.None);

        // The stored reference still carries the first activity's id: the second turn wrote nothing.
        Assert.Equal("activity-1", (await store.GetAsync(ConversationId, UserId))?.Reference.ActivityId);
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/", null, null)]
    [InlineData(null, "2c9d7a3e-1f4b-4e8a-9c6d-5b7e8f9a0b1c", null)]
    [InlineData(null, null, "en-US")]
    public async Task Record_ServiceUrlAadObjectIdOrLocaleChanged_SavesAgain(string? serviceUrl, string? aadObjectId, string? locale)
    {
        var store = CreateStore();
        var sut = CreateSut(store);
        await sut.RecordAsync(Message("activity-1"), ServiceUrlProvenance.VerifiedChannel, CancellationToken.None);
        var changed = Message("activity-2");
        changed = changed with
        {
            ServiceUrl = serviceUrl ?? changed.ServiceUrl,
            From = changed.From! with { AadObjectId = aadObjectId ?? changed.From.AadObjectId },
            Locale = locale ?? changed.Locale,
        };

        await sut.RecordAsync(changed, ServiceUrlProvenance.VerifiedChannel, CancellationToken.None);

        var saved = await store.GetAsync(ConversationId, UserId);
        Assert.Equal("activity-2", saved?.Reference.ActivityId);
        Assert.Equal(changed.ServiceUrl, saved?.Reference.ServiceUrl);
    }

    [Fact]
    public async Task Record_AnHourAfterTheLastSave_SavesAgainSoADeletionElsewhereIsRepaired()
    {
        var store = CreateStore();
        var sut = CreateSut(store);
        await sut.RecordAsync(Message("activity-1"), ServiceUrlProvenance.VerifiedChannel, CancellationToken.None);
        await store.DeleteAsync(ConversationId, UserId);

        await sut.RecordAsync(Message("activity-2"), ServiceUrlProvenance.VerifiedChannel, CancellationToken.None);
        Assert.Null(await store.GetAsync(ConversationId, UserId));
        time.Advance(ConversationReferenceRecorder.RememberFor);
        await sut.RecordAsync(Message("activity-3"), ServiceUrlProvenance.VerifiedChannel, CancellationToken.None);

        Assert.Equal("activity-3", (await store.GetAsync(ConversationId, UserId))?.Reference.ActivityId);
    }

    [Fact]
    public async Task Record_AfterForget_SavesAgain()
    {
        var store = CreateStore();
        var sut = CreateSut(store);
        await sut.RecordAsync(Message("activity-1"), ServiceUrlProvenance.VerifiedChannel, CancellationToken.None);
        await store.DeleteAsync(ConversationId, UserId);

        sut.Forget(ConversationId, UserId);
        await sut.RecordAsync(Message("activity-2"), ServiceUrlProvenance.VerifiedChannel, CancellationToken.None);

        Assert.Equal("activity-2", (await store.GetAsync(ConversationId, UserId))?.Reference.ActivityId);
    }

    [Fact]
    public async Task Record_UnauthenticatedWhileAnAppIdIsSet_SavesNothing()
    {
        var store = CreateStore();
        var sut = CreateSut(store, appId: ServiceBotApplication.TestAppId);

        await sut.RecordAsync(Message("activity-1"), ServiceUrlProvenance.LocalMode, CancellationToken.None);

        Assert.Empty(await store.FindByUserAsync(UserId));
    }

    [Fact]
    public async Task Record_InLocalModeWithoutAuthentication_SavesTheReference()
    {
        var store = CreateStore();
        var sut = CreateSut(store, appId: null);

        await sut.RecordAsync(Message("activity-1") with { ChannelId = "emulator" }, ServiceUrlProvenance.LocalMode, CancellationToken.None);

        var saved = await store.GetAsync(ConversationId, UserId);
        Assert.Equal("emulator", saved?.Reference.ChannelId);
        Assert.Equal(ServiceUrlProvenance.LocalMode, saved?.Provenance);
    }

    [Fact]
    public async Task Record_SameReferenceWithAnotherProvenance_SavesAgainWithIt()
    {
        var store = CreateStore();
        var sut = CreateSut(store);
        await sut.RecordAsync(Message("activity-1"), ServiceUrlProvenance.UnverifiedChannel, CancellationToken.None);

        await sut.RecordAsync(Message("activity-2"), ServiceUrlProvenance.VerifiedChannel, CancellationToken.None);

        Assert.Equal(ServiceUrlProvenance.VerifiedChannel, (await store.GetAsync(ConversationId, UserId))?.Provenance);
    }

    [Fact]
    public async Task Record_WithoutUserConversationOrServiceUrl_SavesNothing()
    {
        var store = CreateStore();
        var sut = CreateSut(store);

        await sut.RecordAsync(Message("1") with { From = null }, ServiceUrlProvenance.VerifiedChannel, CancellationToken.None);
        await sut.RecordAsync(Message("2") with { Conversation = new ConversationAccount() }, ServiceUrlProvenance.VerifiedChannel, CancellationToken.None);
        await sut.RecordAsync(Message("3") with { ServiceUrl = " " }, ServiceUrlProvenance.VerifiedChannel, CancellationToken.None);

        Assert.Empty(await store.FindByUserAsync(UserId));
    }

    [Fact]
    public async Task Record_WhenTheStoreFails_LogsAWarningAndDoesNotThrow()
    {
        var blocker = Path.Combine(engine.DataFolder, "not-a-folder");
        await File.WriteAllTextAsync(blocker, "x");
        var database = new SqliteDatabase(Path.Combine(blocker, "servicebot.db"), time, Microsoft.Extensions.Logging.Abstractions.NullLogger<StorageDatabase>.Instance);
        databases.Add(database);
        var sut = CreateSut(new SqlConversationReferenceStore(database, time));

        await sut.RecordAsync(Message("activity-1"), ServiceUrlProvenance.VerifiedChannel, CancellationToken.None);

        var entry = Assert.Single(logs.Entries, e => e.EventId.Id == 7002);
        Assert.Equal(LogLevel.Warning, entry.Level);
        Assert.IsType<StorageUnavailableException>(entry.Exception);
    }

    // xunit 2 ignores IAsyncDisposable on a test class; IAsyncLifetime is what removes the temp folder.
    public Task InitializeAsync() => Task.CompletedTask;

    ValueTask IAsyncDisposable.DisposeAsync() => new(DisposeAsync());

    public async Task DisposeAsync()
    {
        foreach (var database in databases)
        {
            await database.DisposeAsync();
        }

        await engine.DisposeAsync();
        loggerFactory.Dispose();
    }

    private static Activity Message(string id) => new()
    {
        Type = ActivityTypes.Message,
        Id = id,
        ChannelId = "msteams",
        ServiceUrl = "https://smba.trafficmanager.net/amer/",
        Locale = "es-MX",
        From = new ChannelAccount { Id = UserId, Name = "Ana Pérez", AadObjectId = "00000000-0000-0000-0000-0000000000aa" },
        Recipient = new ChannelAccount { Id = "28:bot", Name = "ServiceBot" },
        Conversation = new ConversationAccount { Id = ConversationId, ConversationType = "personal" },
        Text = "hola",
    };

    private SqlConversationReferenceStore CreateStore()
    {
        var database = engine.Open(time);
        databases.Add(database);
        return new SqlConversationReferenceStore(database, time);
    }

    private ConversationReferenceRecorder CreateSut(IConversationReferenceStore store, string? appId = ServiceBotApplication.TestAppId)
    {
        return new ConversationReferenceRecorder(
            store,
            Options.Create(new BotCredentialsOptions { MicrosoftAppId = appId }),
            time,
            new Logger<ConversationReferenceRecorder>(loggerFactory));
    }
}
