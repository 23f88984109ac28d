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
    public async Task EnsureMigrated_ACurrentDatabaseWhileAnotherStartHoldsTheMigrationLock_NeedsNoLock()
    {
        await OpenDatabase().EnsureMigratedAsync(CancellationToken.None);
        var holder = OpenDatabase();
        await using var holding = await holder.OpenConnectionAsync(CancellationToken.None);
        await using var transaction = await holding.BeginTransactionAsync();
        await holding.ExecuteAsync(
            Engine.Provider == StorageProvider.Sqlite
                ? "INSERT INTO schema_migrations (version, name, applied_at) VALUES (-1, 'held', 0)"
                : $"SELECT pg_advisory_xact_lock({ServiceBot.Storage.Postgres.PostgresDatabase.MigrationLockKey})",
            transaction: transaction);

        // Another instance migrating now would wait for the lock (SQLite: the write transaction) until it is released.
        await OpenDatabase().EnsureMigratedAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(20));
    }

    [EngineFact]
    public async Task EnsureMigrated_ADatabaseMissingItsNewestScripts_AppliesThemOnly()
    {
        var scripts = MigrationScripts.For(Engine.Provider);
        var database = OpenDatabase();
        await using (var connection = await database.OpenConnectionAsync(CancellationToken.None))
        {
            await MigrationRunner.ApplyAsync(connection, scripts.Take(scripts.Count - 2).ToList(), null, Time, CancellationToken.None);
        }

        await database.EnsureMigratedAsync(CancellationToken.None);

        await using var check = await database.OpenConnectionAsync(CancellationToken.None);
        Assert.Equal(scripts.Select(script => script.Version), await check.QueryAsync<long>("SELECT version FROM schema_migrations ORDER BY version"));
    }

    [EngineFact]
    public async Task EnsureMigrated_ADatabaseANewerBuildMigrated_IsUsedAsItIs()
    {
        await OpenDatabase().EnsureMigratedAsync(CancellationToken.None);
        await using (var connection = await OpenDatabase().OpenConnectionAsync(CancellationToken.None))
        {
            await connection.ExecuteAsync("INSERT INTO schema_migrations (version, name, applied_at) VALUES (999999, 'from_a_newer_build', 0)");
        }

        var database = OpenDatabase();
        await database.EnsureMigratedAsync(CancellationToken.None);

        await using var check = await database.OpenConnectionAsync(CancellationToken.None);
        Assert.Equal(MigrationScripts.For(Engine.Provider).Count + 1, await check.ExecuteScalarAsync<long>("SELECT count(*) FROM schema_migrations"));
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
