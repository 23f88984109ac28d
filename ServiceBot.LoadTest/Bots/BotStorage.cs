using Npgsql;

namespace ServiceBot.LoadTest.Bots;

/// <summary>
/// A fresh, empty database for one bot run — a SQLite data folder, or a new PostgreSQL database on the given server —
/// as the <c>Storage__*</c> settings the bot reads; removed again when the run ends. A PostgreSQL run gets a new data
/// folder as well, so nothing the bot keeps there (its saved classifier) carries over from an earlier run.
/// </summary>
internal sealed class BotStorage : IAsyncDisposable
{
    private readonly string? _folder;
    private readonly string? _adminConnectionString;
    private readonly string? _database;

    private BotStorage(IReadOnlyDictionary<string, string> settings, string? folder, string? adminConnectionString, string? database)
    {
        Settings = settings;
        _folder = folder;
        _adminConnectionString = adminConnectionString;
        _database = database;
    }

    /// <summary>Environment variables for the bot process.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; }

    public static async Task<BotStorage> CreateAsync(StorageEngine engine, string workFolder, string runTag, string? postgresConnectionString)
    {
        switch (engine)
        {
            case StorageEngine.None:
                return new BotStorage(new Dictionary<string, string>(), null, null, null);
            case StorageEngine.Sqlite:
                var folder = NewDataFolder(workFolder, runTag);
                return new BotStorage(
                    new Dictionary<string, string> { ["Storage__Provider"] = "Sqlite", ["Storage__DataFolder"] = folder },
                    folder, null, null);
            default:
                var admin = postgresConnectionString ?? throw new InvalidOperationException(
                    "PostgreSQL needs a server: pass --postgres, or set SERVICEBOT_TEST_POSTGRES (source .ci/start-postgres).");
                var database = $"servicebot_loadbench_{runTag}";
                await ExecuteAsync(admin, $"CREATE DATABASE {database}");
                var connectionString = new NpgsqlConnectionStringBuilder(admin) { Database = database }.ConnectionString;
                var dataFolder = NewDataFolder(workFolder, runTag);
                return new BotStorage(
                    new Dictionary<string, string>
                    {
                        ["Storage__Provider"] = "Postgres",
                        ["Storage__ConnectionString"] = connectionString,
                        ["Storage__DataFolder"] = dataFolder,
                    },
                    dataFolder, admin, database);
        }
    }

    private static string NewDataFolder(string workFolder, string runTag)
    {
        var folder = Path.Combine(workFolder, $"data-{runTag}");
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>
    /// Waits until no session is connected to this run's PostgreSQL database (a stopped bot's connections are gone), so
    /// a restart is never timed with two bots on one database; a SQLite or no database has nothing to wait for.
    /// </summary>
    public async Task WaitUntilUnusedAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (_adminConnectionString is null || _database is null)
        {
            return;
        }

        var waited = System.Diagnostics.Stopwatch.StartNew();
        long sessions;
        while ((sessions = await SessionsAsync(cancellationToken)) > 0)
        {
            if (waited.Elapsed > timeout)
            {
                throw new InvalidOperationException($"{sessions} sessions are still connected to {_database} {timeout.TotalSeconds:0} s after the bot stopped; not restarting it beside them.");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(20), cancellationToken);
        }
    }

    private async Task<long> SessionsAsync(CancellationToken cancellationToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(_adminConnectionString) { Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE datname = @database", connection);
        command.Parameters.AddWithValue("database", _database!);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public async ValueTask DisposeAsync()
    {
        if (_folder is not null && Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }

        if (_adminConnectionString is not null && _database is not null)
        {
            await ExecuteAsync(_adminConnectionString, $"DROP DATABASE IF EXISTS {_database} WITH (FORCE)");
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
