using ServiceBot.LoadTest.Bots;

namespace ServiceBot.LoadTest.Tests.Bots;

public sealed class BotLogTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"botlog-{Guid.NewGuid():N}.log");

    [Fact]
    public void WarningsAndErrors_AreCounted_AndTheFirstErrorsKeptWithTheirMessage()
    {
        using (var log = new BotLog(_path))
        {
            Write(log,
                "info: Microsoft.Hosting.Lifetime[0]",
                "      Now listening on: http://127.0.0.1:5000",
                "warn: ServiceBot.Proactive.SupervisorNotifier[5003]",
                "      No supervisor reachable",
                "fail: ServiceBot.Turns.TurnRunner[2001]",
                "      => SpanId:79d8b6e0317e3ebc, TraceId:f4919aeafd39811d => RequestPath:/api/messages",
                "      The turn failed in conversation a:1",
                "      System.InvalidOperationException: boom",
                "crit: Microsoft.AspNetCore.Hosting.Diagnostics[6]",
                "      Application startup exception");

            Assert.Equal(1, log.Warnings);
            Assert.Equal(2, log.Errors);
            Assert.Equal(
                ["fail: ServiceBot.Turns.TurnRunner[2001] — The turn failed in conversation a:1", "crit: Microsoft.AspNetCore.Hosting.Diagnostics[6] — Application startup exception"],
                log.FirstErrors);
        }
    }

    [Fact]
    public void PastTheStartUpLines_OnlyProblemEntriesAndTheTailAreWritten()
    {
        using (var log = new BotLog(_path))
        {
            for (var i = 0; i < 1000; i++)
            {
                Write(log, $"info: ServiceBot.Turns[{i}]", $"      turn {i}");
            }

            Write(log, "fail: ServiceBot.Turns.TurnRunner[2001]", "      kept because it is an error");
            for (var i = 1000; i < 2000; i++)
            {
                Write(log, $"info: ServiceBot.Turns[{i}]", $"      turn {i}");
            }
        }

        var written = File.ReadAllLines(_path);
        Assert.Equal("info: ServiceBot.Turns[0]", written[0]);
        Assert.Contains("      kept because it is an error", written);
        Assert.Contains(written, l => l.StartsWith("[load benchmark: ", StringComparison.Ordinal));
        Assert.Equal("      turn 1999", written[^1]);
        Assert.DoesNotContain("      turn 500", written);
        Assert.True(written.Length < 800, $"{written.Length} lines written");
    }

    [Fact]
    public void WhileTheBotStops_ItsErrorsAndStrayExceptions_AreCountedAsTheStops_AndNothingBefore()
    {
        using (var log = new BotLog(_path))
        {
            Write(log,
                "fail: ServiceBot.Turns.TurnRunner[2001]",
                "      The turn failed before the stop",
                "Unhandled exception before the stop is not the stop's");
            Assert.Equal(0, log.ProblemsAtStop);

            log.StopBegins();
            Write(log,
                "info: Microsoft.Hosting.Lifetime[0]",
                "      Application is shutting down...",
                "info: ServiceBot.Storage.Outbox[7]",
                "      an Exception mentioned in an information entry is not a problem",
                "fail: Microsoft.Extensions.Hosting.Internal.Host[11]",
                "      => SpanId:79d8b6e0317e3ebc",
                "      Hosting failed to stop",
                "Unhandled exception. System.ObjectDisposedException: Cannot access a disposed object.",
                "   at ServiceBot.Storage.GroupCommit.FlushAsync()");

            Assert.Equal(2, log.ProblemsAtStop);
            Assert.Equal(
                ["fail: Microsoft.Extensions.Hosting.Internal.Host[11] — Hosting failed to stop", "Unhandled exception. System.ObjectDisposedException: Cannot access a disposed object."],
                log.FirstProblemsAtStop);
            Assert.Equal(2, log.Errors);
        }

        Assert.Contains("   at ServiceBot.Storage.GroupCommit.FlushAsync()", File.ReadAllLines(_path));
    }

    private static void Write(BotLog log, params string[] lines)
    {
        foreach (var line in lines)
        {
            log.Write(line);
        }
    }

    public void Dispose() => File.Delete(_path);
}
