using Microsoft.Extensions.Logging.Abstractions;
using ServiceBot.Storage;
using ServiceBot.Storage.Postgres;
using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.Storage.Postgres;

/// <summary>A new PostgreSQL database for one test, dropped at the end.</summary>
internal sealed class PostgresTestEngine(PostgresFixture fixture, string connectionString) : IStorageTestEngine
{
    public string ConnectionString => connectionString;

    public StorageProvider Provider => StorageProvider.Postgres;

    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Storage:Provider"] = "Postgres",
        ["Storage:ConnectionString"] = connectionString,
    };

    public static async Task<IStorageTestEngine> CreateAsync(PostgresFixture fixture) =>
        new PostgresTestEngine(fixture, await fixture.CreateDatabaseAsync());

    public StorageDatabase Open(TimeProvider time) =>
        new PostgresDatabase(connectionString, time, NullLogger<StorageDatabase>.Instance);

    public async ValueTask DisposeAsync() => await fixture.DropDatabaseAsync(connectionString);
}
