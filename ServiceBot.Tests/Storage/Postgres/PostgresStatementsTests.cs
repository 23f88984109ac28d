using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using ServiceBot.Storage;
using ServiceBot.Storage.Postgres;
using ServiceBot.Storage.Sql;
using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.Storage.Postgres;

/// <summary>
/// A store's statement sent in a turn's batch: its <c>@names</c> become PostgreSQL's positional <c>$n</c> once per
/// text, so Npgsql sends it without parsing it; on a real server the values arrive where the names were.
/// </summary>
[Collection(PostgresCollectionDefinition.Name)]
public sealed class PostgresStatementsTests(PostgresFixture fixture)
{
    [Fact]
    public void Names_BecomeNumbers_InTheOrderTheyFirstAppear_AndARepeatedNameKeepsItsNumber()
    {
        var positional = PostgresStatements.Positional.Of(
            "SELECT 1 WHERE substr(id, 1, length(@prefix)) = @prefix AND due < @dueAt",
            new { dueAt = 1L, prefix = "p", unused = "u" }.GetType());

        Assert.Equal("SELECT 1 WHERE substr(id, 1, length($1)) = $1 AND due < $2", positional.Sql);
        Assert.Equal(["prefix", "dueAt"], positional.Properties.Select(property => property.Name));
    }

    [Fact]
    public void NamesInQuotesOrComments_AndOperators_AreLeftAlone()
    {
        var positional = PostgresStatements.Positional.Of(
            "SELECT '@a', \"@a\", j @> '{}' -- @a\nFROM t WHERE x = @a",
            new { a = 1 }.GetType());

        Assert.Equal("SELECT '@a', \"@a\", j @> '{}' -- @a\nFROM t WHERE x = $1", positional.Sql);
    }

    [Fact]
    public void ANameTheParametersLack_IsAnError()
    {
        var error = Assert.Throws<InvalidOperationException>(() => PostgresStatements.Positional.Of("SELECT @missing", new { other = 1 }.GetType()));

        Assert.Contains("@missing", error.Message, StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task ABatchOfRewrittenStatements_RunsWithItsValues_IncludingNull()
    {
        var connectionString = await fixture.CreateDatabaseAsync();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var batch = new NpgsqlBatch(connection);
        batch.BatchCommands.Add(PostgresStatements.ToBatchCommand(new SqlStatement(
            "SELECT @text || @text AS twice, @number + 1 AS next, @nothing::text IS NULL AS isNull",
            new { text = "ab", number = 41L, nothing = (string?)null })));
        batch.BatchCommands.Add(PostgresStatements.ToBatchCommand(new SqlStatement("SELECT @text AS again", new { text = "second" })));

        await using var reader = await batch.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal("abab", reader.GetString(0));
        Assert.Equal(42L, reader.GetInt64(1));
        Assert.True(reader.GetBoolean(2));
        Assert.True(await reader.NextResultAsync());
        Assert.True(await reader.ReadAsync());
        Assert.Equal("second", reader.GetString(0));
    }

    [PostgresFact]
    public async Task AStatementWhoseValueIsSometimesNull_StaysPreparedOnce()
    {
        // A reply with and without a live card's key, a record with and without an invoke's answer: the same statement
        // with a null in one run and a value in the next must run as the one statement the server keeps prepared.
        var connectionString = PostgresConnectionSettings.Apply(await fixture.CreateDatabaseAsync()).ConnectionString;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        const string Sql = "SELECT @key::text IS NULL AS noKey, @status::bigint IS NULL AS noStatus, @id AS id";
        for (var run = 0; run < 12; run++)
        {
            await using var batch = new NpgsqlBatch(connection);
            batch.BatchCommands.Add(PostgresStatements.ToBatchCommand(new SqlStatement(
                Sql,
                new { key = run % 2 == 0 ? null : "key", status = run % 3 == 0 ? (long?)null : 200L, id = "x" })));
            await using var reader = await batch.ExecuteReaderAsync();
            Assert.True(await reader.ReadAsync());
            Assert.Equal(run % 2 == 0, reader.GetBoolean(0));
            Assert.Equal(run % 3 == 0, reader.GetBoolean(1));
        }

        await using var prepared = new NpgsqlCommand(
            "SELECT count(*), coalesce(sum(generic_plans + custom_plans), 0) FROM pg_prepared_statements WHERE statement LIKE '%noStatus%' AND statement NOT LIKE '%pg_prepared_statements%'",
            connection);
        await using var counts = await prepared.ExecuteReaderAsync();
        Assert.True(await counts.ReadAsync());
        Assert.Equal(1L, counts.GetInt64(0));
        // Prepared after its second use (Auto Prepare Min Usages), then run prepared every time.
        Assert.Equal(11L, counts.GetInt64(1));
    }

    [PostgresFact]
    public async Task ATurnsStateItems_AreReadInOneStatement_ThatKeepsOneGenericPlan()
    {
        // One pooled connection, so every turn runs on the session whose prepared statements are looked at.
        var connectionString = new NpgsqlConnectionStringBuilder(await fixture.CreateDatabaseAsync()) { MaxPoolSize = 1 }.ConnectionString;
        await using var database = new PostgresDatabase(connectionString, TimeProvider.System, NullLogger<StorageDatabase>.Instance);
        await new SqlStateStore(database, TimeProvider.System).WriteAsync("c/a", """{"a":1}""", null);
        await new SqlStateStore(database, TimeProvider.System).WriteAsync("c/c", """{"c":3}""", null);
        var store = new PostgresTurnStore(database, TimeProvider.System);
        for (var run = 0; run < 10; run++)
        {
            await using var turn = await store.BeginAsync("c", new TurnReads(null, ["c/a", "c/b", "c/c"]), CancellationToken.None);
            Assert.Equal("""{"a":1}""", (await turn.ReadStateAsync("c/a", CancellationToken.None))?.Json);
            Assert.Null(await turn.ReadStateAsync("c/b", CancellationToken.None));
            Assert.Equal("""{"c":3}""", (await turn.ReadStateAsync("c/c", CancellationToken.None))?.Json);
        }

        await using var connection = await database.OpenAsync(CancellationToken.None);
        await using var plans = new NpgsqlCommand(
            "SELECT generic_plans, custom_plans FROM pg_prepared_statements WHERE statement LIKE '%item_key IN (%'", (NpgsqlConnection)connection);
        await using var reader = await plans.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        // Prepared after its second use, planned for the keys given five times, then run on the generic plan (with
        // an array parameter, item_key = ANY($1), every run was planned anew).
        Assert.True(reader.GetInt64(0) >= 3, $"generic plans: {reader.GetInt64(0)}, custom plans: {reader.GetInt64(1)}");
        Assert.False(await reader.ReadAsync());
    }
    [PostgresFact]
    public async Task ATurnsFirstReads_AreOneStatement_ThatKeepsOneGenericPlan()
    {
        // One pooled connection, so every turn runs on the session whose prepared statements are looked at.
        var connectionString = new NpgsqlConnectionStringBuilder(await fixture.CreateDatabaseAsync()) { MaxPoolSize = 1 }.ConnectionString;
        await using var database = new PostgresDatabase(connectionString, TimeProvider.System, NullLogger<StorageDatabase>.Instance);
        await new SqlStateStore(database, TimeProvider.System).WriteAsync("c", """{"activeSessionId":"s1"}""", null);
        await new SqlServiceSessionStore(database, TimeProvider.System).CreateAsync(new ServiceSession { Id = "s1", AgentId = "29:a", StartedAt = TimeProvider.System.GetUtcNow() });
        var store = new PostgresTurnStore(database, TimeProvider.System);
        var person = new ServiceBot.People.PersonKey(Guid.NewGuid(), Guid.NewGuid());
        for (var run = 0; run < 10; run++)
        {
            var key = new ServiceBot.BotFramework.Deduplication.ProcessedActivityKey("msteams", "c", $"a{run}");
            var reads = new TurnReads(key, ["c", "c/live-card", "u"]) { Session = new SessionInState("c", "activeSessionId"), SupervisorOnly = person };
            await using var turn = await store.BeginAsync("c", reads, CancellationToken.None);
            Assert.Null(await turn.FindProcessedAsync(key, CancellationToken.None));
            Assert.Equal("""{"activeSessionId":"s1"}""", (await turn.ReadStateAsync("c", CancellationToken.None))?.Json);
            Assert.Null(await turn.ReadStateAsync("u", CancellationToken.None));
            Assert.Equal("s1", (await turn.ReadSessionAsync("s1", CancellationToken.None))?.Id);
            Assert.False(await turn.IsSupervisorOnlyAsync(person, CancellationToken.None));
        }

        await using var connection = await database.OpenAsync(CancellationToken.None);
        await using var plans = new NpgsqlCommand(
            "SELECT statement, generic_plans, custom_plans FROM pg_prepared_statements WHERE statement LIKE '%FROM processed_activities%'", (NpgsqlConnection)connection);
        await using var reader = await plans.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        var statement = reader.GetString(0);
        Assert.Contains("FROM state_items", statement, StringComparison.Ordinal);
        Assert.Contains("FROM service_sessions", statement, StringComparison.Ordinal);
        Assert.Contains("FROM roster_supervisors", statement, StringComparison.Ordinal);
        Assert.True(reader.GetInt64(1) >= 3, $"generic plans: {reader.GetInt64(1)}, custom plans: {reader.GetInt64(2)}");
        Assert.False(await reader.ReadAsync());
    }
}
