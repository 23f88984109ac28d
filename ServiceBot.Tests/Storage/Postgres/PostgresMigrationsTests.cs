using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using ServiceBot.Storage.Postgres;
using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.Storage.Postgres;

[Collection(PostgresCollectionDefinition.Name)]
[RequiresPostgres]
public sealed class PostgresMigrationsTests(PostgresFixture fixture)
    : MigrationContractTests(() => PostgresTestEngine.CreateAsync(fixture))
{
    private static readonly string[] LargeTexts =
        ["outbox.activity_json", "processed_activities.invoke_body", "service_sessions.json", "state_items.json"];

    [Fact]
    public async Task Migration55_OnAServerWithLz4_CompressesTheTurnsLargeTextsWithIt()
    {
        var connectionString = await fixture.CreateDatabaseAsync();
        try
        {
            var database = new PostgresDatabase(connectionString, TimeProvider.System, NullLogger<ServiceBot.Storage.StorageDatabase>.Instance);
            await database.EnsureMigratedAsync(CancellationToken.None);

            await using var connection = await database.OpenConnectionAsync(CancellationToken.None);
            var lz4 = await connection.ExecuteScalarAsync<bool>("SELECT count(*) > 0 FROM pg_settings WHERE name = 'default_toast_compression' AND 'lz4' = ANY (enumvals)");
            Assert.True(lz4, "this test needs a PostgreSQL server built with lz4 (Debian's and the official images are)");
            var methods = await connection.QueryAsync<string>(
                """
                SELECT c.relname || '.' || a.attname || '=' || a.attcompression::text
                FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
                WHERE c.relname || '.' || a.attname = ANY (@columns) ORDER BY 1
                """,
                new { columns = LargeTexts });
            Assert.Equal(LargeTexts.Select(column => column + "=l"), methods);
        }
        finally
        {
            await fixture.DropDatabaseAsync(connectionString);
        }
    }
}
