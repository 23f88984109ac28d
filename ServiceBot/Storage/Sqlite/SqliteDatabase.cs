using System.Data.Common;
using System.Runtime.CompilerServices;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace ServiceBot.Storage.Sqlite;

/// <summary>
/// The embedded engine: one file, created on first run, in WAL mode. <c>synchronous=FULL</c> syncs the WAL on every
/// commit, so an acknowledged write survives a killed process (NORMAL would too) and also a power cut (NORMAL would
/// not), like PostgreSQL's default. The PRAGMAs run once per physical connection (the pool hands the same one out
/// again with its settings), and this process writes through a <see cref="SingleWriter"/>; the busy timeout is left
/// only for another process on the same file.
/// </summary>
internal sealed class SqliteDatabase : StorageDatabase
{
    private const string ConnectionPragmas = "PRAGMA busy_timeout = 30000; PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL;";

    private readonly string connectionString;
    private readonly SingleWriter writer = new();
    private readonly Lazy<SqliteCheckpointer> checkpointer;
    private readonly Lazy<SqliteGroupCommit> groupCommit;
    private readonly Lazy<SqliteReaderPool> readers;

    // Physical connections (SQLite handles) whose PRAGMAs have run; a handle closed by the pool is collected with its entry.
    private readonly ConditionalWeakTable<SQLitePCL.sqlite3, object> prepared = [];

    public SqliteDatabase(string filePath, TimeProvider time, ILogger<StorageDatabase> logger)
        : base(time, logger)
    {
        FilePath = Path.GetFullPath(filePath);
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        checkpointer = new(() => new SqliteCheckpointer(this, logger));
        groupCommit = new(() => new SqliteGroupCommit(this, checkpointer.Value));
        readers = new(() => new SqliteReaderPool(this));
    }

    /// <summary>This database's group commit: the turns' commits and the writes that stand alone go through it.</summary>
    public SqliteGroupCommit GroupCommit => groupCommit.Value;

    /// <summary>The thread that copies the group commit's WAL back into the database file (for tests).</summary>
    internal SqliteCheckpointer Checkpointer => checkpointer.Value;

    /// <summary>This database's connections for the turns' reads, kept open with their prepared statements.</summary>
    public SqliteReaderPool Readers => readers.Value;

    public string FilePath { get; }

    public override StorageProvider Provider => StorageProvider.Sqlite;

    public override string Location => FilePath;

    internal override async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            var handle = connection.Handle!;
            if (!prepared.TryGetValue(handle, out _))
            {
                await connection.ExecuteAsync(new CommandDefinition(ConnectionPragmas, cancellationToken: cancellationToken));
                prepared.AddOrUpdate(handle, handle);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    internal override ValueTask<IDisposable?> EnterWriterAsync(CancellationToken cancellationToken) => writer.EnterAsync(cancellationToken);

    public override Task WriteAsync(StorageWrite write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        return GroupCommit.CommitAsync([write]);
    }

    private const string MigrationTableExists =
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'";

    protected override async Task<IReadOnlyList<MigrationScript>> MigrateAsync(CancellationToken cancellationToken)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
            await using var connection = await OpenConnectionAsync(cancellationToken);
            var mode = await connection.ExecuteScalarAsync<string>(
                new CommandDefinition("PRAGMA journal_mode = WAL;", cancellationToken: cancellationToken));
            if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
            {
                throw new StorageUnavailableException(
                    $"{StorageOptions.SectionName}:DataFolder: the SQLite database '{FilePath}' cannot use WAL mode (journal_mode is '{mode}').");
            }

            return await MigrationRunner.MigrateAsync(
                connection, MigrationScripts.For(Provider), MigrationTableExists, lockStatement: null, Time, cancellationToken);
        }
        catch (Exception ex) when (ex is SqliteException or IOException or UnauthorizedAccessException)
        {
            throw new StorageUnavailableException(
                $"{StorageOptions.SectionName}:DataFolder: cannot open the SQLite database '{FilePath}': {ex.Message}", ex);
        }
    }

    protected override async ValueTask DisposeCoreAsync()
    {
        if (groupCommit.IsValueCreated)
        {
            await groupCommit.Value.DisposeAsync();
        }

        if (checkpointer.IsValueCreated)
        {
            checkpointer.Value.Dispose();
        }

        if (readers.IsValueCreated)
        {
            await readers.Value.DisposeAsync();
        }

        using var connection = new SqliteConnection(connectionString);
        SqliteConnection.ClearPool(connection);
        writer.Dispose();
    }
}
