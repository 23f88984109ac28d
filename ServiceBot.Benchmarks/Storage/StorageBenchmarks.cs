using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using ServiceBot.BotFramework.Connector;
using ServiceBot.BotFramework.Deduplication;
using ServiceBot.BotFramework.Schema;
using ServiceBot.Localization;
using ServiceBot.Storage;

namespace ServiceBot.Benchmarks.Storage;

/// <summary>
/// One conversation turn's storage work (state load + save with the ETag; a whole turn as separate writes and as one
/// commit) and one survey answer, per engine, through the app's own registration. PostgreSQL runs when SERVICEBOT_TEST_POSTGRES is set (source .ci/start-postgres).
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
    private IServiceSessionStore? sessions;
    private IScheduledMessageStore? scheduled;
    private ITurnStore? turns;
    private ServiceSession? session;
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
        sessions = app.Services.GetRequiredService<IServiceSessionStore>();
        scheduled = app.Services.GetRequiredService<IScheduledMessageStore>();
        turns = app.Services.GetRequiredService<ITurnStore>();
        await state.WriteAsync(Key, Json, ETags.Any);
        session = await sessions.CreateAsync(new ServiceSession { Id = "bench-session", AgentId = "29:agent", StartedAt = TimeProvider.System.GetUtcNow() });
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

    /// <summary>
    /// A turn that records a waiting customer, as the store calls made it before issue 11: state and session read, the
    /// session and the state written, and three reminders scheduled, each call on its own connection and transaction.
    /// </summary>
    [Benchmark(Description = "Turn, separate writes (before)")]
    public async Task TurnSeparateWrites()
    {
        var item = await state!.ReadAsync(Key);
        var current = await sessions!.GetAsync(session!.Id);
        await sessions.UpdateAsync(current! with { Temperament = "serio" });
        await state.WriteAsync(Key, Json, item!.ETag);
        var n = Interlocked.Increment(ref next);
        foreach (var minutes in Thresholds)
        {
            await scheduled!.ScheduleAsync(Reminder(n, minutes));
        }
    }

    /// <summary>
    /// The same turn committed once: one connection and one transaction (the conversation lock, state, session, three
    /// reminders), plus what the separate writes never did: the processed-activity record and the reply in the outbox.
    /// </summary>
    [Benchmark(Description = "Turn commit (one transaction)")]
    public async Task TurnCommit()
    {
        var n = Interlocked.Increment(ref next);
        await using var transaction = await turns!.BeginAsync(Key, CancellationToken.None);
        var item = await transaction.ReadStateAsync(Key, CancellationToken.None);
        var current = await transaction.ReadSessionAsync(session!.Id, CancellationToken.None);
        await transaction.SaveSessionAsync(current, current! with { Temperament = "serio" }, CancellationToken.None);
        await transaction.WriteStateAsync(Key, Json, item!.ETag, CancellationToken.None);
        foreach (var minutes in Thresholds)
        {
            await transaction.ScheduleAsync(Reminder(n, minutes), CancellationToken.None);
        }

        var activityId = $"bench-{n}";
        await transaction.RecordProcessedAsync(new ProcessedActivity(new ProcessedActivityKey("msteams", "a:benchmark", activityId), null), CancellationToken.None);
        await transaction.EnqueueAsync([Reply(activityId)], TimeProvider.System.GetUtcNow().AddMinutes(2), CancellationToken.None);
        await transaction.CommitAsync(CancellationToken.None);
    }

    private static readonly int[] Thresholds = [2, 5, 10];

    private static readonly Activity ReplyActivity = Activity.CreateMessage("Ya quedó registrado el cliente en espera.") with
    {
        Conversation = new ConversationAccount { Id = "a:benchmark" },
        From = new ChannelAccount { Id = "28:bot" },
        Recipient = new ChannelAccount { Id = "29:agent" },
        ChannelId = "msteams",
    };

    private static ScheduledMessage Reminder(int n, int minutes) => new(
        $"waiting:bench-{n}:0:{minutes}", "a:benchmark", "29:agent", TimeProvider.System.GetUtcNow().AddMinutes(minutes), ReplyActivity);

    private static OutboxMessage Reply(string activityId) => new(
        $"{activityId}:0", activityId, 0, "a:benchmark", "https://smba.trafficmanager.net/amer/", ServiceUrlProvenance.VerifiedChannel, OutboxKind.Send, null, ReplyActivity);

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
