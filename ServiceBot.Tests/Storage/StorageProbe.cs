using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using ServiceBot.Localization;
using ServiceBot.Storage;
using ServiceBot.Storage.Postgres;
using ServiceBot.Storage.Sql;
using ServiceBot.Storage.Sqlite;

namespace ServiceBot.Tests.Storage;

/// <summary>
/// The test assembly's entry point (test runners load the assembly and never call it). <see cref="DurabilityTests"/>
/// runs <c>dotnet ServiceBot.Tests.dll storage-probe {Sqlite|Postgres} {file|connection string}</c>: it writes through
/// the real stores, prints <c>ack N</c> after each write returned, and keeps going until it is killed.
/// </summary>
public static class StorageProbe
{
    public const string Command = "storage-probe";
    public const int MaxWrites = 100_000;

    public static async Task<int> Main(string[] args)
    {
        if (args is not [Command, var provider, var target])
        {
            await Console.Error.WriteLineAsync($"usage: {Command} Sqlite|Postgres <file|connection string>");
            return 2;
        }

        // An orphan (the test died) stops when its stdin closes instead of writing forever.
        _ = Task.Run(async () =>
        {
            await Console.In.ReadToEndAsync();
            Environment.Exit(3);
        });

        var time = TimeProvider.System;
        await using StorageDatabase database = provider == nameof(StorageProvider.Postgres)
            ? new PostgresDatabase(target, time, NullLogger<StorageDatabase>.Instance)
            : new SqliteDatabase(target, time, NullLogger<StorageDatabase>.Instance);
        var state = new SqlStateStore(database, time);
        var feedback = new SqlFeedbackStore(database, time);
        for (var i = 0; i < MaxWrites; i++)
        {
            await state.WriteAsync(Key(i), Json(i), null);
            await feedback.InsertAsync(Answer(i, time.GetUtcNow()));
            Console.WriteLine($"ack {i}");
        }

        return 0;
    }

    public static string Key(int i) => StateKeys.Conversation("msteams", $"probe-{i}");

    public static string Json(int i) => $$"""{"turn":{{i}}}""";

    public static string SessionId(int i) => string.Create(CultureInfo.InvariantCulture, $"probe-session-{i}");

    private static FeedbackResponse Answer(int i, DateTimeOffset now) => new()
    {
        ServiceSessionId = SessionId(i),
        AgentId = "29:probe",
        Rating = 1 + (i % 5),
        Comment = $"respuesta {i}",
        Language = Language.Spanish,
        Source = FeedbackSource.Teams,
        SubmittedAt = now,
    };
}
