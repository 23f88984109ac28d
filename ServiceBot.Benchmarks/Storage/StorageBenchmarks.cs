using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using ServiceBot.Localization;
using ServiceBot.Storage;

namespace ServiceBot.Benchmarks.Storage;

/// <summary>
/// One conversation turn's storage work (state load + save with the ETag) and one survey answer, per engine, through
/// the app's own registration. PostgreSQL runs when SERVICEBOT_TEST_POSTGRES is set (source .ci/start-postgres).
/// </summary>
[Config(typeof(Config))]
public class StorageBenchmarks
{
    private const string PostgresVariable = "SERVICEBOT_TEST_POSTGRES";

    private static readonly string Json = """
        {"dialogStack":[{"id":"service-protocol","state":{"step":"greeting","checked":["timely","greeting"],"temperament":"serio"}}],"language":"es"}
        """;

    private WebApplication? app;
    private IStateStore? state;
    private IFeedbackStore? feedback;
    private string? folder;
    private string? postgresDatabase;
    private int next;

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
        if (Engine == StorageProvider.Postgres)
        {
            settings["Storage:ConnectionString"] = await CreatePostgresDatabaseAsync();
        }

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = folder, EnvironmentName = "Production" });
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddStorage();
        app = builder.Build();
        state = app.Services.GetRequiredService<IStateStore>();
        feedback = app.Services.GetRequiredService<IFeedbackStore>();
        await state.WriteAsync(Key, Json, ETags.Any);
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }

        if (postgresDatabase is not null)
        {
            await ExecuteAdminAsync($"DROP DATABASE IF EXISTS {postgresDatabase} WITH (FORCE)");
        }

        if (folder is not null)
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Benchmark(Description = "State load + save (ETag)")]
    public async Task StateLoadAndSave()
    {
        var item = await state!.ReadAsync(Key);
        await state.WriteAsync(Key, Json, item!.ETag);
    }

    [Benchmark(Description = "Feedback insert")]
    public async Task<FeedbackInsertResult> FeedbackInsert() => await feedback!.InsertAsync(new FeedbackResponse
    {
        ServiceSessionId = $"bench-{Interlocked.Increment(ref next)}-{Guid.NewGuid():N}",
        AgentId = "29:agent",
        TeamId = "team-lima",
        Rating = 5,
        Aspects = ["kindness", "promptness"],
        Comment = "Muy amable y rápida, ¡gracias!",
        Language = Language.Spanish,
        Source = FeedbackSource.Teams,
        SubmittedAt = TimeProvider.System.GetUtcNow(),
    });

    private static string Key => StateKeys.Conversation("msteams", "a:benchmark");

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
            // Short enough for a few minutes on two shared cores; medians resist the noise of neighbours.
            AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(20));
            AddColumn(BenchmarkDotNet.Columns.StatisticColumn.Median);
            WithOrderer(new BenchmarkDotNet.Order.DefaultOrderer(BenchmarkDotNet.Order.SummaryOrderPolicy.Declared));
        }
    }
}
