using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using ServiceBot.Content;
using ServiceBot.Content.Model;
using ServiceBot.Storage;
using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.Content.Revisions;

/// <summary>
/// A new database is seeded while the folder's snapshot is prepared; it is published only once the snapshot is ready,
/// so content this build cannot prepare never becomes the live revision (the start is refused and the draft stays).
/// </summary>
public sealed class ContentSeedTests : IAsyncLifetime, IDisposable
{
    private readonly TempContentFolder folder = new();
    private FakeChannelServer channel = null!;

    public async Task InitializeAsync() => channel = await FakeChannelServer.StartAsync();

    public async Task DisposeAsync() => await channel.DisposeAsync();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Start_ASnapshotThatCannotBePrepared_IsRefused_AndNothingIsPublished()
    {
        await using var app = new ServiceBotApplication(channel, appId: null)
        {
            TestServices = services => services.AddSingleton<IContentSnapshotPreparer, RefusingPreparer>(),
        }.WithSetting("Content:Folder", folder.Path);

        var refused = Assert.ThrowsAny<Exception>(() => app.Services);

        Assert.Contains(RefusingPreparer.Why, refused.ToString(), StringComparison.Ordinal);
        Assert.Equal(1, await CountAsync(app, "SELECT COUNT(*) FROM content_revisions WHERE origin = 'Seed' AND published_at IS NULL"));
        Assert.Equal(0, await CountAsync(app, "SELECT COUNT(*) FROM content_live"));
    }

    private static async Task<long> CountAsync(ServiceBotApplication app, string sql)
    {
        var file = Path.Combine(app.DataFolder, StorageOptions.SqliteFileName);
        await using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private sealed class RefusingPreparer : IContentSnapshotPreparer
    {
        public const string Why = "this build cannot prepare it";

        public string Name => "a preparer that refuses";

        public void Prepare(ContentSnapshot snapshot) => throw new InvalidOperationException(Why);
    }
}
