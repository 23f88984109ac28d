using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ServiceBot.Storage;
using ServiceBot.Tests.Storage.Sqlite;

namespace ServiceBot.Tests.Storage;

public sealed class StorageHostingExtensionsTests : IAsyncDisposable
{
    private readonly SqliteTestEngine folder = new();

    [Fact]
    public async Task Start_SqliteByDefault_CreatesTheDatabaseInTheDataFolderInWalMode()
    {
        await using var sut = StorageTestHost.Create(folder.DataFolder, new Dictionary<string, string?>());

        await sut.StartAsync();

        var file = Path.Combine(folder.DataFolder, "data", StorageOptions.SqliteFileName);
        Assert.True(File.Exists(file));
        await using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", await command.ExecuteScalarAsync());
        await sut.StopAsync();
    }

    [Fact]
    public async Task Start_RegistersEveryStore()
    {
        await using var sut = StorageTestHost.Create(folder.DataFolder, folder.Settings);

        Assert.NotNull(sut.Services.GetService<IStateStore>());
        Assert.NotNull(sut.Services.GetService<IConversationReferenceStore>());
        Assert.NotNull(sut.Services.GetService<IServiceSessionStore>());
        Assert.NotNull(sut.Services.GetService<IFeedbackStore>());
        Assert.NotNull(sut.Services.GetService<ConversationLocks>());
    }

    [Theory]
    [InlineData(null, "Storage:ConnectionString is required")]
    [InlineData("Hots=db;Password=s3cret", "Storage:ConnectionString is not a valid PostgreSQL connection string")]
    public async Task Start_PostgresWithMissingOrMalformedConnectionString_StopsNamingTheKey(string? connectionString, string expected)
    {
        await using var sut = StorageTestHost.Create(folder.DataFolder, new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:ConnectionString"] = connectionString,
        });

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => sut.StartAsync());

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_PostgresUnreachable_StopsNamingTheKeyAndServer()
    {
        await using var sut = StorageTestHost.Create(folder.DataFolder, new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:ConnectionString"] = "Host=127.0.0.1;Port=1;Database=servicebot;Username=servicebot;Password=s3cret;Timeout=5",
        });

        var ex = await Assert.ThrowsAsync<StorageUnavailableException>(() => sut.StartAsync());

        Assert.StartsWith("Storage:ConnectionString: cannot connect to PostgreSQL at 127.0.0.1:1/servicebot", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_DataFolderIsAFile_StopsNamingTheKey()
    {
        var blocker = Path.Combine(folder.DataFolder, "not-a-folder");
        await File.WriteAllTextAsync(blocker, "");
        await using var sut = StorageTestHost.Create(folder.DataFolder, new Dictionary<string, string?> { ["Storage:DataFolder"] = blocker });

        var ex = await Assert.ThrowsAsync<StorageUnavailableException>(() => sut.StartAsync());

        Assert.StartsWith("Storage:DataFolder: cannot open the SQLite database", ex.Message, StringComparison.Ordinal);
    }

    public ValueTask DisposeAsync() => folder.DisposeAsync();
}
