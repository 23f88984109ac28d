using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace ServiceBot.Storage.Sqlite;

/// <summary>
/// The embedded engine: one file, created on first run, in WAL mode. <c>synchronous=FULL</c> syncs the WAL on every
/// commit, so an acknowledged write survives a killed process (NORMAL would too) and also a power cut (NORMAL would
/// not), like PostgreSQL's default.
/// </summary>
internal sealed class SqliteDatabase : StorageDatabase
{
    private const string ConnectionPragmas = "PRAGMA busy_timeout = 30000; PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL;";

    private readonly string connectionString;

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
    }

    public string FilePath { get; }

    public override StorageProvider Provider => StorageProvider.Sqlite;

    public override string Location => FilePath;

    internal override async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await connection.ExecuteAsync(new CommandDefinition(ConnectionPragmas, cancellationToken: cancellationToken));
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

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

            return await MigrationRunner.ApplyAsync(
                connection, MigrationScripts.For(Provider), lockStatement: null, Time, cancellationToken);
        }
        catch (Exception ex) when (ex is SqliteException or IOException or UnauthorizedAccessException)
        {
            throw new StorageUnavailableException(
                $"{StorageOptions.SectionName}:DataFolder: cannot open the SQLite database '{FilePath}': {ex.Message}", ex);
        }
    }

    protected override ValueTask DisposeCoreAsync()
    {
        using var connection = new SqliteConnection(connectionString);
        SqliteConnection.ClearPool(connection);
        return ValueTask.CompletedTask;
    }
}
