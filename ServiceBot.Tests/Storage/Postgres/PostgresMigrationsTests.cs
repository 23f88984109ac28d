using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using ServiceBot.BotFramework.Connector;
using ServiceBot.BotFramework.Schema;
using ServiceBot.Storage;
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
    [Fact]
    public async Task Migration64_AReplyThatCompressesToUnder4KB_StaysInItsOutboxRow()
    {
        var connectionString = await fixture.CreateDatabaseAsync();
        try
        {
            await using var database = new PostgresDatabase(connectionString, TimeProvider.System, NullLogger<ServiceBot.Storage.StorageDatabase>.Instance);
            var card = CardOfAbout3KBCompressed();
            await using (var turn = await new PostgresTurnStore(database, TimeProvider.System).BeginAsync("msteams/conversations/a:1", CancellationToken.None))
            {
                await turn.EnqueueAsync([Reply(card)], TimeProvider.System.GetUtcNow().AddMinutes(2), CancellationToken.None);
                await turn.CommitAsync(CancellationToken.None);
            }

            await using var connection = await database.OpenConnectionAsync(CancellationToken.None);
            var (stored, length) = await connection.QuerySingleAsync<(int, int)>("SELECT pg_column_size(activity_json), length(activity_json) FROM outbox");
            var toast = await connection.ExecuteScalarAsync<string>("SELECT reltoastrelid::regclass::text FROM pg_class WHERE relname = 'outbox'");
            var outOfLine = await connection.ExecuteScalarAsync<long>($"SELECT count(*) FROM {toast}");

            // Compressed (smaller than its text) and still larger than the ~2 KB a row keeps by default: before migration
            // 64 this value went to the TOAST table.
            Assert.InRange(stored, 2100, length - 1);
            Assert.Equal(0, outOfLine);
        }
        finally
        {
            await fixture.DropDatabaseAsync(connectionString);
        }
    }

    [Fact]
    public async Task Migration64_IndexesOnlyPendingReplies_AndFindsOldRowsByBlockRange()
    {
        var connectionString = await fixture.CreateDatabaseAsync();
        try
        {
            await using var database = new PostgresDatabase(connectionString, TimeProvider.System, NullLogger<ServiceBot.Storage.StorageDatabase>.Instance);
            await database.EnsureMigratedAsync(CancellationToken.None);

            await using var connection = await database.OpenConnectionAsync(CancellationToken.None);
            var indexes = (await connection.QueryAsync<(string, string)>(
                "SELECT indexname, indexdef FROM pg_indexes WHERE tablename IN ('outbox', 'processed_activities') AND indexname LIKE 'ix_%'"))
                .ToDictionary(index => index.Item1, index => index.Item2);
            Assert.EndsWith("(next_attempt_at) WHERE ((sent_at IS NULL) AND (given_up_at IS NULL))", indexes["ix_outbox_pending"]);
            Assert.EndsWith("USING brin (created_at)", indexes["ix_outbox_created"]);
            Assert.EndsWith("USING brin (processed_at)", indexes["ix_processed_activities_at"]);
        }
        finally
        {
            await fixture.DropDatabaseAsync(connectionString);
        }
    }

    /// <summary>About 6 KB of text: half that lz4 cannot shrink, half that it removes, so about 3 KB once compressed.</summary>
    private static string CardOfAbout3KBCompressed()
    {
        var random = new Random(64);
        var noise = new byte[2300];
        random.NextBytes(noise);
        return Convert.ToBase64String(noise) + string.Concat(Enumerable.Repeat("Atención al cliente. ", 140));
    }

    private static OutboxMessage Reply(string text) => new(
        "t1:0", "t1", 0, "a:1", "https://smba.trafficmanager.net/amer/", ServiceUrlProvenance.VerifiedChannel, OutboxKind.Send, null,
        Activity.CreateMessage(text) with { Conversation = new ConversationAccount { Id = "a:1" } });
}
