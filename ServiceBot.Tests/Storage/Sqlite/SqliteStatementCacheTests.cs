using System.Data;
using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using ServiceBot.Storage;
using ServiceBot.Storage.Sql;
using ServiceBot.Storage.Sqlite;

namespace ServiceBot.Tests.Storage.Sqlite;

/// <summary>
/// Prepared statements kept on the group commit's writer connection (<see cref="SqliteStatementCache"/>), on a real
/// SQLite file: a statement is prepared once and bound again with each turn's values, it still runs after the schema
/// changed under it, a connection closed by a failing batch is replaced (its statements go with it), statements with
/// lists still run through Dapper, and a kept reader sees what was committed since its last read.
/// </summary>
public sealed class SqliteStatementCacheTests : StorageContractTests
{
    public SqliteStatementCacheTests()
        : base(SqliteTestEngine.CreateAsync)
    {
    }

    [Fact]
    public async Task SameStatement_IsPreparedOnce_AndBoundWithEachCallsValues()
    {
        await using var connection = await OpenAsync();
        using var cache = SqliteStatementCache.Attach(connection);

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(1, await Insert($"k{i}", i % 2 == 0 ? $"v{i}" : null).ExecuteAsync(connection, null, CancellationToken.None));
        }

        Assert.Equal(1, cache.Prepared);
        Assert.Equal(["k0=v0", "k1=", "k2=v2"], await RowsAsync(connection));
    }

    [Fact]
    public async Task PreparedStatement_RunsAfterTheSchemaChangedUnderIt()
    {
        await using var connection = await OpenAsync();
        using var cache = SqliteStatementCache.Attach(connection);
        await Insert("before", "1").ExecuteAsync(connection, null, CancellationToken.None);

        await using (var other = await OpenAsync())
        {
            await other.ExecuteAsync("""
                ALTER TABLE cached RENAME TO cached_old;
                CREATE TABLE cached (extra TEXT, v TEXT, k TEXT PRIMARY KEY);
                INSERT INTO cached (k, v) SELECT k, v FROM cached_old;
                DROP TABLE cached_old;
                """);
        }

        await Insert("after", "2").ExecuteAsync(connection, null, CancellationToken.None);

        Assert.Equal(1, cache.Prepared);
        Assert.Equal(["after=2", "before=1"], await RowsAsync(connection));
    }

    [Fact]
    public async Task Statement_WithAList_RunsThroughDapper_AndIsNotKept()
    {
        await using var connection = await OpenAsync();
        using var cache = SqliteStatementCache.Attach(connection);
        await Insert("a", "1").ExecuteAsync(connection, null, CancellationToken.None);
        await Insert("b", "2").ExecuteAsync(connection, null, CancellationToken.None);

        var deleted = await new SqlStatement("DELETE FROM cached WHERE k IN @keys", new { keys = (string[])["a", "b"] })
            .ExecuteAsync(connection, null, CancellationToken.None);

        Assert.Equal(2, deleted);
        Assert.Equal(1, cache.Prepared);
    }

    [Fact]
    public async Task Cache_Disposed_LeavesTheConnectionToDapper()
    {
        await using var connection = await OpenAsync();
        var cache = SqliteStatementCache.Attach(connection);
        cache.Dispose();

        Assert.False(SqliteStatementCache.TryGet(connection, out _));
        Assert.Equal(1, await Insert("k", "v").ExecuteAsync(connection, null, CancellationToken.None));
    }

    [Fact]
    public async Task GroupCommit_KeepsItsStatementsAcrossCommits_AndReplacesAConnectionAFailingBatchClosed()
    {
        await using var database = OpenDatabase();
        await database.EnsureMigratedAsync(CancellationToken.None);
        await using var sut = new SqliteGroupCommit(database);
        var state = new SqlStateStore(database, Time);

        await sut.CommitAsync([Write("one")]);
        await sut.CommitAsync([Write("two")]);
        Assert.Equal(1, sut.PreparedStatements);

        await Assert.ThrowsAsync<SqliteException>(() => sut.CommitAsync([Write("lost"), (connection, transaction) => new SqlStatement("INSERT INTO no_such_table VALUES (1)", new { }).ExecuteAsync(connection, transaction, CancellationToken.None)]));
        Assert.Equal(0, sut.PreparedStatements);

        await sut.CommitAsync([Write("three")]);
        Assert.Equal(1, sut.PreparedStatements);
        Assert.NotNull(await state.ReadAsync("one"));
        Assert.NotNull(await state.ReadAsync("three"));
        Assert.Null(await state.ReadAsync("lost"));
    }

    [Fact]
    public async Task KeptReader_SeesWhatWasCommittedAfterItsLastRead()
    {
        await using var database = OpenDatabase();
        await database.EnsureMigratedAsync(CancellationToken.None);
        var state = new SqlStateStore(database, Time);
        await using var readers = new SqliteReaderPool(database);
        var etag = await state.WriteAsync("k", """{"v":1}""", null);

        var first = await readers.RentAsync(CancellationToken.None);
        Assert.Equal("""{"v":1}""", (await SqlStateStore.ReadAsync(first, null, "k", CancellationToken.None))!.Json);
        await readers.ReturnAsync(first);
        await state.WriteAsync("k", """{"v":2}""", etag);

        var again = await readers.RentAsync(CancellationToken.None);
        Assert.Same(first, again);
        Assert.Equal("""{"v":2}""", (await SqlStateStore.ReadAsync(again, null, "k", CancellationToken.None))!.Json);
        Assert.True(SqliteStatementCache.TryGet(again, out var statements));
        Assert.Equal(1, statements.Prepared);
        await readers.ReturnAsync(again);
    }

    [Fact]
    public async Task ReaderPool_KeepsOnlyOpenConnectionsOutsideATransaction_UpToItsLimit()
    {
        await using var database = OpenDatabase();
        await database.EnsureMigratedAsync(CancellationToken.None);
        await using var readers = new SqliteReaderPool(database);

        var inTransaction = await readers.RentAsync(CancellationToken.None);
        await using (var transaction = await inTransaction.BeginTransactionAsync())
        {
            await readers.ReturnAsync(inTransaction);
        }

        Assert.Equal(ConnectionState.Closed, inTransaction.State);
        Assert.False(SqliteStatementCache.TryGet(inTransaction, out _));

        var rented = new List<DbConnection>();
        for (var i = 0; i < SqliteReaderPool.MaxKept + 2; i++)
        {
            rented.Add(await readers.RentAsync(CancellationToken.None));
        }

        foreach (var connection in rented)
        {
            await readers.ReturnAsync(connection);
        }

        Assert.Equal(SqliteReaderPool.MaxKept, rented.Count(c => c.State == ConnectionState.Open));
        await readers.DisposeAsync();
        Assert.All(rented, c => Assert.Equal(ConnectionState.Closed, c.State));
    }

    private StorageWrite Write(string key) =>
        (connection, transaction) => SqlStateStore.WriteAsync(connection, transaction, key, """{"ok":true}""", null, Time.GetUtcNow(), CancellationToken.None);

    private static SqlStatement Insert(string key, string? value) =>
        new("INSERT INTO cached (k, v) VALUES (@key, @value)", new { key, value, unused = 1 });

    private async Task<SqliteConnection> OpenAsync()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = ((SqliteTestEngine)Engine).FilePath, Pooling = false }.ToString());
        await connection.OpenAsync();
        await connection.ExecuteAsync("CREATE TABLE IF NOT EXISTS cached (k TEXT PRIMARY KEY, v TEXT)");
        return connection;
    }

    private static async Task<List<string>> RowsAsync(SqliteConnection connection) =>
        [.. await connection.QueryAsync<string>("SELECT k || '=' || coalesce(v, '') FROM cached ORDER BY k")];
}
