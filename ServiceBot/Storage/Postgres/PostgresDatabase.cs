using System.Data.Common;
using Microsoft.Extensions.Logging;
using Npgsql;
using ServiceBot.Storage.Sql;

namespace ServiceBot.Storage.Postgres;

/// <summary>
/// The engine for several instances: a pooled <see cref="NpgsqlDataSource"/>. Instances that start together
/// migrate one after the other under a transaction-scoped advisory lock.
/// </summary>
internal sealed class PostgresDatabase : StorageDatabase
{
    /// <summary>An arbitrary application-wide key for pg_advisory_xact_lock ("SrvBotMg").</summary>
    internal const long MigrationLockKey = 0x53_72_76_42_6F_74_4D_67;

    /// <summary>The first key of pg_advisory_xact_lock(int, int) for conversations ("SBtC"); the second is the key's hash.</summary>
    private const int ConversationLockClass = 0x53_42_74_43;

    private readonly NpgsqlDataSource dataSource;

    public PostgresDatabase(string connectionString, TimeProvider time, ILogger<StorageDatabase> logger)
        : base(time, logger)
    {
        var builder = PostgresConnectionSettings.Apply(connectionString);
        Location = $"{builder.Host}:{builder.Port}/{builder.Database ?? builder.Username}";
        // ServiceBot uses only PostgreSQL's built-in types, which Npgsql knows without asking: the first connection
        // does not load the database's types from its catalog (a large query, and building its types, at every start).
        dataSource = new NpgsqlDataSourceBuilder(builder.ConnectionString)
            .ConfigureTypeLoading(typeLoading => typeLoading.EnableTypeLoading(false))
            .Build();
    }

    public override StorageProvider Provider => StorageProvider.Postgres;

    public override string Location { get; }

    /// <summary>
    /// The statement that locks <paramref name="conversationKey"/> until the transaction ends, so instances sharing the
    /// database run a conversation's turns one at a time.
    /// </summary>
    internal static SqlStatement ConversationLock(string conversationKey) =>
        new($"SELECT pg_advisory_xact_lock({ConversationLockClass}, hashtext(@key))", new { key = conversationKey });

    /// <summary>The statements in one batch, one round trip: without BEGIN they run in one implicit transaction, committed once.</summary>
    public override async Task<IReadOnlyList<int>> WriteTogetherAsync(IReadOnlyList<SqlStatement> statements, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(statements);
        await using var connection = (NpgsqlConnection)await OpenAsync(cancellationToken);
        await using var batch = Batch(connection, statements);
        await batch.ExecuteNonQueryAsync(cancellationToken);
        var rows = new int[statements.Count];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = batch.BatchCommands[i].RecordsAffected;
        }

        return rows;
    }

    /// <summary>The statements in one batch as <see cref="WriteTogetherAsync"/> sends them, between BEGIN and ROLLBACK.</summary>
    public override async Task RehearseTogetherAsync(IReadOnlyList<SqlStatement> statements, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(statements);
        await using var connection = (NpgsqlConnection)await OpenAsync(cancellationToken);
        await using var batch = Batch(connection, statements);
        batch.BatchCommands.Insert(0, new NpgsqlBatchCommand("BEGIN"));
        batch.BatchCommands.Add(new NpgsqlBatchCommand("ROLLBACK"));
        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The statements as one batch: one round trip, and one implicit transaction unless the batch opens its own.</summary>
    private static NpgsqlBatch Batch(NpgsqlConnection connection, IReadOnlyList<SqlStatement> statements)
    {
        var batch = new NpgsqlBatch(connection);
        foreach (var statement in statements)
        {
            batch.BatchCommands.Add(PostgresStatements.ToBatchCommand(statement));
        }

        return batch;
    }

    internal override async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) =>
        await dataSource.OpenConnectionAsync(cancellationToken);

    // The same search path as the migrations' CREATE TABLE.
    private const string MigrationTableExists = "SELECT CASE WHEN to_regclass('schema_migrations') IS NULL THEN 0 ELSE 1 END";

    protected override async Task<IReadOnlyList<MigrationScript>> MigrateAsync(CancellationToken cancellationToken)
    {
        NpgsqlConnection connection;
        try
        {
            connection = await dataSource.OpenConnectionAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
        {
            throw new StorageUnavailableException(
                $"{StorageOptions.SectionName}:ConnectionString: cannot connect to PostgreSQL at {Location}: {ex.Message}", ex);
        }

        await using (connection)
        {
            var scripts = MigrationScripts.For(Provider);
            return await MigrationRunner.MigrateAsync(
                connection,
                scripts,
                MigrationTableExists,
                $"SELECT pg_advisory_xact_lock({MigrationLockKey})",
                Time,
                cancellationToken,
                MigrationScripts.BaselineFor(Provider, scripts));
        }
    }

    protected override ValueTask DisposeCoreAsync() => dataSource.DisposeAsync();
}
