using Dapper;
using ServiceBot.Storage;
using ServiceBot.Storage.Sql;
using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.Storage;

/// <summary>Migrations on both engines, from an empty database.</summary>
public abstract class MigrationContractTests : StorageContractTests
{
    private static readonly string[] Tables =
        [
            "content_live", "content_revision_files", "content_revisions",
            "conversation_references", "data_protection_keys", "feedback_aspects", "feedback_responses",
            "outbox", "processed_activities", "roster_admins", "roster_agents", "roster_people", "roster_supervisors",
            "roster_teams", "roster_version", "scheduled_messages", "schema_migrations", "service_sessions", "state_items",
            "survey_invitations", "understanding_misses",
        ];

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

    [EngineFact]
    public async Task Migration2_OnADatabaseWithReferences_MakesThemFindableByAadObjectId()
    {
        var database = OpenDatabase();
        await using (var connection = await database.OpenConnectionAsync(CancellationToken.None))
        {
            await MigrationRunner.ApplyAsync(
                connection, MigrationScripts.For(Engine.Provider).Take(1).ToList(), null, Time, CancellationToken.None);
            await connection.ExecuteAsync(
                """
                INSERT INTO conversation_references (conversation_id, user_id, channel_id, service_url, json, updated_at)
                VALUES ('a:1', '29:sup', 'msteams', 'https://smba.trafficmanager.net/amer/',
                        '{"user":{"id":"29:sup","aadObjectId":"2C9D7A3E-1F4B-4E8A-9C6D-5B7E8F9A0B1C"},"conversation":{"id":"a:1"},"channelId":"msteams","serviceUrl":"https://smba.trafficmanager.net/amer/"}', 1)
                """);
        }

        await database.EnsureMigratedAsync(CancellationToken.None);
        var found = await new SqlConversationReferenceStore(database, Time).FindByAadObjectIdAsync("2c9d7a3e-1f4b-4e8a-9c6d-5b7e8f9a0b1c");

        Assert.Equal("a:1", Assert.Single(found).Reference.Conversation?.Id);
    }

    [EngineFact]
    public async Task Migration10_OnReferencesStoredBeforeProvenanceWasKept_MarksThemUnknown()
    {
        var database = OpenDatabase();
        await using (var connection = await database.OpenConnectionAsync(CancellationToken.None))
        {
            await MigrationRunner.ApplyAsync(
                connection, MigrationScripts.For(Engine.Provider).Where(m => m.Version < 10).ToList(), null, Time, CancellationToken.None);
            await connection.ExecuteAsync(
                """
                INSERT INTO conversation_references (conversation_id, user_id, channel_id, service_url, json, updated_at)
                VALUES ('a:1', '29:agent', 'emulator', 'http://127.0.0.1:9999/',
                        '{"user":{"id":"29:agent"},"conversation":{"id":"a:1"},"channelId":"emulator","serviceUrl":"http://127.0.0.1:9999/"}', 1)
                """);
        }

        await database.EnsureMigratedAsync(CancellationToken.None);
        var found = await new SqlConversationReferenceStore(database, Time).GetAsync("a:1", "29:agent");

        Assert.Equal(ServiceBot.BotFramework.Connector.ServiceUrlProvenance.Unknown, found?.Provenance);
    }

    private async Task<IEnumerable<string>> TableNamesAsync(System.Data.Common.DbConnection connection) =>
        await connection.QueryAsync<string>(Engine.Provider == StorageProvider.Sqlite
            ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
            : "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name");
}
