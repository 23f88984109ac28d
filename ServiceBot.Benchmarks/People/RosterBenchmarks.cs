using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using ServiceBot.People;
using ServiceBot.Storage;

namespace ServiceBot.Benchmarks.People;

/// <summary>
/// What people's sign-in costs per request: the roster read that resolves a signed-in person's roles and teams
/// (<see cref="IRosterStore.GetStandingAsync"/>), and the supervisor lookup of a call for help, on a roster of 50 teams
/// of 20 agents and 2 supervisors each, per engine. PostgreSQL runs when SERVICEBOT_TEST_POSTGRES is set.
/// </summary>
[Config(typeof(Config))]
public class RosterBenchmarks
{
    private const string PostgresVariable = "SERVICEBOT_TEST_POSTGRES";
    private const int Teams = 50;
    private const int AgentsPerTeam = 20;
    private static readonly Guid Tenant = Guid.Parse("72f988bf-86f1-41af-91ab-2d7cd011db47");

    private WebApplication? app;
    private IRosterStore? roster;
    private string? folder;
    private string? postgresDatabase;
    private PersonKey agent;
    private PersonKey supervisor;

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
        builder.AddPeople();
        app = builder.Build();
        roster = app.Services.GetRequiredService<IRosterStore>();

        var changes = new List<RosterChange>();
        var person = 0;
        PersonKey Next() => new(Tenant, new Guid(++person, 0, 0, new byte[8]));
        for (var t = 0; t < Teams; t++)
        {
            var team = $"team-{t:D2}";
            changes.Add(new RosterChange.SaveTeam(team, $"Equipo {t}"));
            changes.Add(new RosterChange.AddSupervisor(new Person(Next(), $"Supervisora {t}a"), team));
            changes.Add(new RosterChange.AddSupervisor(new Person(Next(), $"Supervisor {t}b"), team));
            for (var a = 0; a < AgentsPerTeam; a++)
            {
                changes.Add(new RosterChange.AssignAgent(new Person(Next(), $"Agente {t}-{a}"), team));
            }
        }

        await roster.ApplyAsync(changes, (await roster.GetAsync()).ETag, "benchmark");
        var current = await roster.GetAsync();
        agent = current.Agents[current.Agents.Count / 2].Person;
        supervisor = current.Supervisors[current.Supervisors.Count / 2].Person;
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

    [Benchmark(Description = "Standing of an agent (per signed-in request)")]
    public Task<RosterStanding> AgentStanding() => roster!.GetStandingAsync(agent);

    [Benchmark(Description = "Standing of a supervisor (per signed-in request)")]
    public Task<RosterStanding> SupervisorStanding() => roster!.GetStandingAsync(supervisor);

    [Benchmark(Description = "Supervisors of an agent (call for help)")]
    public Task<IReadOnlyList<Person>> SupervisorsOfAgent() => roster!.GetSupervisorsOfAgentAsync(agent);

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
            AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(20));
            AddColumn(BenchmarkDotNet.Columns.StatisticColumn.Median);
            WithOrderer(new BenchmarkDotNet.Order.DefaultOrderer(BenchmarkDotNet.Order.SummaryOrderPolicy.Declared));
        }
    }
}
