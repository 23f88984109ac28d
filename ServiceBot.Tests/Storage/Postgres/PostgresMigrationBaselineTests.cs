using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using ServiceBot.Storage;
using ServiceBot.Storage.Postgres;
using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.Storage.Postgres;

/// <summary>
/// A new database takes the baseline script instead of replaying the scripts up to its version; it must end with
/// the same schema and the same records as a replay, and a database at any earlier version must still get there.
/// </summary>
[Collection(PostgresCollectionDefinition.Name)]
[RequiresPostgres]
public sealed class PostgresMigrationBaselineTests(PostgresFixture fixture) : IAsyncLifetime
{
    private readonly List<(string ConnectionString, PostgresDatabase Database)> databases = [];

    private static IReadOnlyList<MigrationScript> Scripts => MigrationScripts.For(StorageProvider.Postgres);

    [Fact]
    public async Task NewDatabase_TakesTheBaseline_AndEndsWithTheSchemaAndRecordsOfAReplay()
    {
        var fromBaseline = await NewDatabaseAsync();
        await fromBaseline.EnsureMigratedAsync(CancellationToken.None);
        var replayed = await NewDatabaseAsync();
        await using (var connection = await replayed.OpenConnectionAsync(CancellationToken.None))
        {
            await MigrationRunner.ApplyAsync(connection, Scripts, null, TimeProvider.System, CancellationToken.None);
        }

        await using var baselineConnection = await fromBaseline.OpenConnectionAsync(CancellationToken.None);
        await using var replayConnection = await replayed.OpenConnectionAsync(CancellationToken.None);
        var expected = await PostgresSchemaDescription.OfAsync(replayConnection);
        Assert.Contains(expected, line => line.StartsWith("index CREATE INDEX ix_outbox_pending", StringComparison.Ordinal));
        Assert.Equal(expected, await PostgresSchemaDescription.OfAsync(baselineConnection));
        Assert.Equal(await RecordsAsync(replayConnection), await RecordsAsync(baselineConnection));
        Assert.Equal(
            await baselineConnection.QueryAsync<string>("SELECT etag FROM roster_version"),
            await replayConnection.QueryAsync<string>("SELECT etag FROM roster_version"));

        // The replay's ALTER TABLE ... ADD COLUMN ... DEFAULT keeps the default for rows older than the column; a table
        // created with the column has none: how this test knows the new database took the baseline.
        const string HasMissing = "SELECT atthasmissing FROM pg_attribute WHERE attrelid = 'conversation_references'::regclass AND attname = 'provenance'";
        Assert.True(await replayConnection.ExecuteScalarAsync<bool>(HasMissing));
        Assert.False(await baselineConnection.ExecuteScalarAsync<bool>(HasMissing));
    }

    [Fact]
    public async Task ADatabaseAtAnyEarlierVersion_ReplaysTheRest_ToTheBaselinesSchema()
    {
        var fromBaseline = await NewDatabaseAsync();
        await fromBaseline.EnsureMigratedAsync(CancellationToken.None);
        await using var baselineConnection = await fromBaseline.OpenConnectionAsync(CancellationToken.None);
        var expected = await PostgresSchemaDescription.OfAsync(baselineConnection);
        var expectedRecords = await RecordsAsync(baselineConnection);

        for (var applied = 1; applied < Scripts.Count; applied++)
        {
            var database = await NewDatabaseAsync();
            await using (var connection = await database.OpenConnectionAsync(CancellationToken.None))
            {
                await MigrationRunner.ApplyAsync(connection, Scripts.Take(applied).ToList(), null, TimeProvider.System, CancellationToken.None);
            }

            await database.EnsureMigratedAsync(CancellationToken.None);

            await using var check = await database.OpenConnectionAsync(CancellationToken.None);
            Assert.Equal(expected, await PostgresSchemaDescription.OfAsync(check));
            Assert.Equal(expectedRecords, await RecordsAsync(check));
            Assert.True(await check.ExecuteScalarAsync<bool>(
                "SELECT atthasmissing FROM pg_attribute WHERE attrelid = 'conversation_references'::regclass AND attname = 'provenance'"));
        }
    }

    [Fact]
    public void Baseline_StandsForAScriptOfItsOwn()
    {
        var baseline = MigrationScripts.BaselineFor(StorageProvider.Postgres, Scripts);

        Assert.NotNull(baseline);
        Assert.Contains(Scripts, script => script.Version == baseline.Version);
        Assert.Null(MigrationScripts.BaselineFor(StorageProvider.Sqlite, MigrationScripts.For(StorageProvider.Sqlite)));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var (connectionString, database) in databases)
        {
            await database.DisposeAsync();
            await fixture.DropDatabaseAsync(connectionString);
        }
    }

    private async Task<PostgresDatabase> NewDatabaseAsync()
    {
        var connectionString = await fixture.CreateDatabaseAsync();
        var database = new PostgresDatabase(connectionString, TimeProvider.System, NullLogger<StorageDatabase>.Instance);
        databases.Add((connectionString, database));
        return database;
    }

    private static async Task<List<(long, string)>> RecordsAsync(System.Data.Common.DbConnection connection) =>
        (await connection.QueryAsync<(long, string)>("SELECT version, name FROM schema_migrations ORDER BY version")).ToList();
}
