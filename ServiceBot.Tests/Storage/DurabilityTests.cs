using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using ServiceBot.Storage;
using ServiceBot.Storage.Postgres;
using ServiceBot.Storage.Sql;
using ServiceBot.Storage.Sqlite;
using ServiceBot.Tests.Fixtures;
using ServiceBot.Tests.Storage.Sqlite;

namespace ServiceBot.Tests.Storage;

/// <summary>
/// A process acknowledges writes and is killed with SIGKILL mid-stream; after a restart every acknowledged write is there.
/// </summary>
[Collection(PostgresCollectionDefinition.Name)]
public sealed class DurabilityTests(PostgresFixture fixture)
{
    private const int AcknowledgedWrites = 40;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Sqlite_ProcessKilledAfterAcknowledgedWrites_KeepsEveryOne()
    {
        await using var engine = new SqliteTestEngine();

        var acknowledged = await RunProbeAndKillAsync(nameof(StorageProvider.Sqlite), engine.FilePath);

        // The kill left the commits in the write-ahead log, never checkpointed into the database file.
        Assert.True(new FileInfo(engine.FilePath + "-wal").Length > 0);
        await using var restarted = new SqliteDatabase(engine.FilePath, TimeProvider.System, NullLogger<StorageDatabase>.Instance);
        await AssertAllPresentAsync(restarted, acknowledged);
    }

    [PostgresFact]
    public async Task Postgres_ProcessKilledAfterAcknowledgedWrites_KeepsEveryOne()
    {
        var connectionString = await fixture.CreateDatabaseAsync();
        try
        {
            var acknowledged = await RunProbeAndKillAsync(nameof(StorageProvider.Postgres), connectionString);

            await using var restarted = new PostgresDatabase(connectionString, TimeProvider.System, NullLogger<StorageDatabase>.Instance);
            await AssertAllPresentAsync(restarted, acknowledged);
        }
        finally
        {
            await fixture.DropDatabaseAsync(connectionString);
        }
    }

    private static async Task<int> RunProbeAndKillAsync(string provider, string target)
    {
        var start = new ProcessStartInfo(DotnetHost.Path)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "exec", typeof(StorageProbe).Assembly.Location, StorageProbe.Command, provider, target })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var last = -1;
        try
        {
            while (last < AcknowledgedWrites)
            {
                var line = await process.StandardOutput.ReadLineAsync().WaitAsync(Patience)
                    ?? throw new InvalidOperationException($"The probe stopped early: {await stderr}");
                last = int.Parse(line["ack ".Length..], CultureInfo.InvariantCulture);
            }
        }
        finally
        {
            process.Kill(); // SIGKILL on Linux and macOS: no flush, no dispose, no checkpoint.
            await process.WaitForExitAsync();
        }

        return last;
    }

    private static async Task AssertAllPresentAsync(StorageDatabase database, int acknowledged)
    {
        var state = new SqlStateStore(database, TimeProvider.System);
        var feedback = new SqlFeedbackStore(database, TimeProvider.System);
        for (var i = 0; i <= acknowledged; i++)
        {
            Assert.Equal(StorageProbe.Json(i), (await state.ReadAsync(StorageProbe.Key(i)))?.Json);
            Assert.Equal($"respuesta {i}", (await feedback.GetBySessionAsync(StorageProbe.SessionId(i)))?.Comment);
        }
    }
}
