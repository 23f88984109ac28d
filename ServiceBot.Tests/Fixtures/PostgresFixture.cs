using Npgsql;

namespace ServiceBot.Tests.Fixtures;

/// <summary>
/// Creates uniquely named databases on the server in <c>SERVICEBOT_TEST_POSTGRES</c>, so runs and tests never share
/// data, and drops them at the end of the run.
/// </summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    private readonly string runId = Guid.NewGuid().ToString("N")[..10];
    private readonly List<string> created = [];
    private int counter;

    /// <summary>A new empty database; returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var admin = PostgresTestEnvironment.RequireConnectionString();
        var name = $"servicebot_test_{runId}_{Interlocked.Increment(ref counter)}";
        await ExecuteAsync(admin, $"CREATE DATABASE {name}");
        lock (created)
        {
            created.Add(name);
        }

        return new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
    }

    /// <summary>Drops a database made by <see cref="CreateDatabaseAsync"/>, closing whatever is still connected.</summary>
    public async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        await ExecuteAsync(PostgresTestEnvironment.RequireConnectionString(), $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        lock (created)
        {
            created.Remove(name);
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (PostgresTestEnvironment.ConnectionString is not { } admin)
        {
            return;
        }

        foreach (var name in created.ToList())
        {
            await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        // A pool per admin connection string is pointless for a handful of DDL statements.
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
