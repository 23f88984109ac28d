using Dapper;
using ServiceBot.Storage;
using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.Storage;

/// <summary>Migrations on both engines, from an empty database.</summary>
public abstract class MigrationContractTests : StorageContractTests
{
    private static readonly string[] Tables =
        ["content_versions", "conversation_references", "feedback_responses", "schema_migrations", "service_sessions", "state_items"];

    private protected MigrationContractTests(Func<Task<IStorageTestEngine>> createEngine)
        : base(createEngine)
    {
    }

    [EngineFact]
    public async Task EnsureMigrated_EmptyDatabase_AppliesEveryScriptAndCreatesTheTables()
    {
        var sut = OpenDatabase();

        await sut.EnsureMigratedAsync(CancellationToken.None);

        await using var connection = await sut.OpenConnectionAsync(CancellationToken.None);
        var versions = await connection.QueryAsync<long>("SELECT version FROM schema_migrations ORDER BY version");
        Assert.Equal(MigrationScripts.For(Engine.Provider).Select(script => script.Version), versions);
        Assert.Equal(Tables, await TableNamesAsync(connection));
    }

    [EngineFact]
    public async Task EnsureMigrated_SeveralInstancesStartingTogether_ApplyEachScriptOnce()
    {
        var instances = Enumerable.Range(0, 4).Select(_ => OpenDatabase()).ToList();

        await Task.WhenAll(instances.Select(instance => instance.EnsureMigratedAsync(CancellationToken.None)));
        await OpenDatabase().EnsureMigratedAsync(CancellationToken.None);

        await using var connection = await instances[0].OpenConnectionAsync(CancellationToken.None);
        var versions = (await connection.QueryAsync<long>("SELECT version FROM schema_migrations")).ToList();
        Assert.Equal(MigrationScripts.For(Engine.Provider).Count, versions.Count);
        Assert.Equal(versions.Distinct().Count(), versions.Count);
    }

    private async Task<IEnumerable<string>> TableNamesAsync(System.Data.Common.DbConnection connection) =>
        await connection.QueryAsync<string>(Engine.Provider == StorageProvider.Sqlite
            ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
            : "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name");
}
