using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using ServiceBot.Feedback;
using ServiceBot.Feedback.Results;
using ServiceBot.Storage;

namespace ServiceBot.Benchmarks.Feedback;

/// <summary>
/// The results queries behind "resultados" and the /results dashboard over 1,000,000 stored answers (a year of 1,000
/// agents in 50 teams; half the answers praise an aspect, two thirds answer the effort question) and 1,250,000 services
/// ended, per engine: a supervisor's team over 4 and 26 weeks, every team over 4 weeks (an admin), one agent over 12
/// weeks. PostgreSQL runs when SERVICEBOT_TEST_POSTGRES is set.
/// </summary>
[Config(typeof(Config))]
public class FeedbackResultsBenchmarks
{
    private const string PostgresVariable = "SERVICEBOT_TEST_POSTGRES";
    private const int Answers = 1_000_000;
    private const int Offered = 1_250_000;
    private static readonly DateTimeOffset End = new(2026, 11, 30, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Start = End.AddDays(-364);

    private WebApplication? app;
    private IFeedbackResultsStore? results;
    private string? folder;
    private string? postgresDatabase;

    /// <summary>The seeded SQLite file, once set up on SQLite.</summary>
    public string? SqliteFile => Engine == StorageProvider.Sqlite && folder is not null ? Path.Combine(folder, "data", StorageOptions.SqliteFileName) : null;

    [ParamsSource(nameof(Engines))]
    public StorageProvider Engine { get; set; }

    public static IEnumerable<StorageProvider> Engines() =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 }
            ? [StorageProvider.Sqlite, StorageProvider.Postgres]
            : [StorageProvider.Sqlite];

    [GlobalSetup]
    public async Task SetupAsync()
    {
        folder = Directory.CreateTempSubdirectory("servicebot-bench-").FullName;
        var settings = new Dictionary<string, string?> { ["Storage:Provider"] = Engine.ToString() };
        string? connectionString = null;
        if (Engine == StorageProvider.Postgres)
        {
            connectionString = await CreatePostgresDatabaseAsync();
            settings["Storage:ConnectionString"] = connectionString;
        }

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = folder, EnvironmentName = "Production" });
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddStorage();
        builder.Services.AddFeedbackStores();
        app = builder.Build();
        results = app.Services.GetRequiredService<IFeedbackResultsStore>();
        await results.GetAsync(new ResultsQuery(Start, End)); // migrates the schema
        if (Engine == StorageProvider.Postgres)
        {
            await SeedPostgresAsync(connectionString!);
        }
        else
        {
            await SeedSqliteAsync(Path.Combine(folder, "data", StorageOptions.SqliteFileName));
        }
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        if (postgresDatabase is not null)
        {
            await ExecuteAdminAsync($"DROP DATABASE IF EXISTS {postgresDatabase} WITH (FORCE)");
        }

        if (folder is not null)
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Benchmark(Description = "Supervisor: one team, last 4 weeks")]
    public Task<FeedbackResults> TeamFourWeeks() => results!.GetAsync(new ResultsQuery(End.AddDays(-28), End) { TeamIds = ["team-7"] });

    [Benchmark(Description = "Supervisor: one team, last 26 weeks")]
    public Task<FeedbackResults> TeamHalfYear() => results!.GetAsync(new ResultsQuery(End.AddDays(-182), End) { TeamIds = ["team-7"] });

    [Benchmark(Description = "Admin: every team, last 4 weeks")]
    public Task<FeedbackResults> AllTeamsFourWeeks() => results!.GetAsync(new ResultsQuery(End.AddDays(-28), End));

    [Benchmark(Description = "Agent: their own, last 12 weeks")]
    public Task<FeedbackResults> AgentTwelveWeeks() => results!.GetAsync(new ResultsQuery(End.AddDays(-84), End) { AgentObjectId = "obj-357" });

    private static string SeedSql(string numbers, bool postgres)
    {
        var step = ((End - Start).TotalMilliseconds / Offered).ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);
        var start = Start.ToUnixTimeMilliseconds();
        var text = postgres ? "::text" : string.Empty;
        return $"""
            INSERT INTO survey_invitations (token_hash, service_session_id, agent_id, agent_object_id, agent_name, team_id, language, created_at, expires_at, used_at)
            SELECT 'h' || i{text}, 's' || i{text}, 'agent-' || (i % 1000){text}, 'obj-' || (i % 1000){text}, 'Agente ' || (i % 1000){text}, 'team-' || (i % 50){text}, 'es',
                {start} + CAST(i * {step} AS bigint), {start} + CAST(i * {step} AS bigint) + 259200000, NULL
            FROM {numbers};
            INSERT INTO feedback_responses (service_session_id, agent_id, team_id, rating, aspects, effort, comment, language, source, content_version, submitted_at, service_channel, agent_object_id)
            SELECT 's' || i{text}, 'agent-' || (i % 1000){text}, 'team-' || (i % 50){text}, 1 + ((i * 7919) % 5), '[]',
                CASE WHEN i % 3 = 0 THEN NULL ELSE 1 + ((i * 31) % 7) END, CASE WHEN i % 10 = 0 THEN 'comentario ' || i{text} ELSE NULL END,
                'es', 'Web', 'v1', {start} + CAST(i * {step} AS bigint) + 600000, 'in-person', 'obj-' || (i % 1000){text}
            FROM {numbers} WHERE i % 5 <> 4;
            INSERT INTO feedback_aspects (service_session_id, aspect, agent_id, team_id, submitted_at)
            SELECT 's' || i{text}, CASE i % 3 WHEN 0 THEN 'kindness' WHEN 1 THEN 'promptness' ELSE 'clarity' END, 'agent-' || (i % 1000){text}, 'team-' || (i % 50){text},
                {start} + CAST(i * {step} AS bigint) + 600000
            FROM {numbers} WHERE i % 5 <> 4 AND i % 2 = 0;
            """;
    }

    private static async Task SeedSqliteAsync(string file)
    {
        await using var connection = new SqliteConnection($"Data Source={file}");
        await connection.OpenAsync();
        await using var transaction = connection.BeginTransaction();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandTimeout = 0;
        var numbers = $"(WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < {Offered - 1}) SELECT i FROM n)";
        command.CommandText = SeedSql(numbers, postgres: false) + "ANALYZE;";
        await command.ExecuteNonQueryAsync();
        await transaction.CommitAsync();
    }

    private static async Task SeedPostgresAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(SeedSql($"generate_series(0::bigint, {Offered - 1}) AS g(i)", postgres: true) + "ANALYZE;", connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }

    private async Task<string> CreatePostgresDatabaseAsync()
    {
        postgresDatabase = $"servicebot_bench_{Guid.NewGuid():N}"[..30];
        await ExecuteAdminAsync($"CREATE DATABASE {postgresDatabase}");
        return new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable(PostgresVariable)) { Database = postgresDatabase }.ConnectionString;
    }

    private static async Task ExecuteAdminAsync(string sql)
    {
        var admin = new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable(PostgresVariable)) { Pooling = false };
        await using var connection = new NpgsqlConnection(admin.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(10));
            AddColumn(BenchmarkDotNet.Columns.StatisticColumn.Median);
            WithOrderer(new BenchmarkDotNet.Order.DefaultOrderer(BenchmarkDotNet.Order.SummaryOrderPolicy.Declared));
        }
    }
}
