using System.CommandLine;
using ServiceBot.LoadTest.Cli;

namespace ServiceBot.LoadTest.Tests.Cli;

/// <summary>
/// Options the tool cannot run with are refused before any bot starts, with exit code 1 and a reason; a bot that is not
/// ready within <c>--ready-timeout</c>, or exits before it is, ends the run the same way (after other runs, with the
/// report of those).
/// </summary>
public sealed class LoadTestCommandTests : IDisposable
{
    private readonly string _output = Path.Combine(Path.GetTempPath(), "servicebot-loadbench-cli", Guid.NewGuid().ToString("N"));

    [Theory]
    [InlineData("--storage None", "--storage is sqlite or postgres.")]
    [InlineData("--conversations 0", "--conversations must be greater than zero.")]
    [InlineData("--in-flight -3", "--in-flight must be greater than zero.")]
    [InlineData("--ready-timeout 0", "--ready-timeout must be greater than zero.")]
    [InlineData("--rounds 0", "--rounds must be greater than zero.")]
    [InlineData("--bot-env DOTNET_gcServer", "--bot-env 'DOTNET_gcServer' is not KEY=VALUE.")]
    [InlineData("--script no-such-script", "no such load script (shipped: teams-5-turn, typed-mix).")]
    [InlineData("--bot /nowhere/Bot.dll --floor none --storage Sqlite", "No bot at /nowhere/Bot.dll (Bot (sqlite)): build it first, or pass another path.")]
    [InlineData("--bot /nowhere/Bot.dll --bot /elsewhere/Bot.dll --storage Sqlite", "Two runs are named Bot (sqlite): give each --bot its own label (label=path/to/Bot.dll).")]
    public async Task ABadOption_IsRefusedWithItsReason_AndNothingRuns(string arguments, string reason)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await LoadTestCommand.Create()
            .Parse([.. arguments.Split(' '), "--output", _output])
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = error });

        Assert.Equal(1, exitCode);
        Assert.Contains(reason, error.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(_output));
    }

    [Fact]
    public async Task ABotNotReadyWithinTheReadyTimeout_FailsTheRun_NamingTheTimeout()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        // No process answers HTTP within a millisecond of its start, so the floor bot (60 s by default) cannot make it.
        var exitCode = await LoadTestCommand.Create()
            .Parse(["--bot", "none", "--script", "teams-5-turn", "-n", "1", "-w", "0", "--ready-timeout", "0.001", "--output", _output])
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = error });

        Assert.Equal(1, exitCode);
        Assert.Contains("/healthz with 200 within 0.001 s of its start (--ready-timeout)", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABotThatDoesNotStartAfterOthersRan_StopsTheSitting_AndTheReportKeepsTheRunsBeforeIt()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        // A library, not an app: `dotnet Npgsql.dll` exits at once, so this "bot" never answers /healthz.
        var notABot = Path.Combine(AppContext.BaseDirectory, "Npgsql.dll");

        var exitCode = await LoadTestCommand.Create()
            .Parse(["--bot", $"broken={notABot}", "--storage", "sqlite", "--script", "teams-5-turn", "-n", "1", "-w", "0", "-c", "1", "--output", _output])
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = error });

        Assert.Equal(1, exitCode);
        Assert.Contains("load benchmark: stopped in round 1, broken (sqlite) · teams-5-turn: The bot exited with code", error.ToString(), StringComparison.Ordinal);
        using var json = System.Text.Json.JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(_output, "report.json")));
        var floor = Assert.Single(json.RootElement.GetProperty("results").EnumerateArray().ToList());
        Assert.Equal("floor", floor.GetProperty("name").GetString());
        Assert.Equal(5, floor.GetProperty("turnsAnswered").GetInt64());
        Assert.StartsWith("> **Stopped early**, in round 1, broken (sqlite) · teams-5-turn: The bot exited with code", await File.ReadAllTextAsync(Path.Combine(_output, "report.md")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoRestart_RunsEachBotOnce_WithoutTheRestartsFiguresOrGoal()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await LoadTestCommand.Create()
            .Parse(["--bot", "none", "--script", "teams-5-turn", "-n", "1", "-w", "0", "-c", "1", "--no-restart", "--output", _output])
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = error });

        Assert.True(exitCode == 0, $"exit code {exitCode}: {error}");
        using var json = System.Text.Json.JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(_output, "report.json")));
        var floor = Assert.Single(json.RootElement.GetProperty("results").EnumerateArray().ToList());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, floor.GetProperty("start").GetProperty("restart").ValueKind);
        Assert.False(json.RootElement.GetProperty("settings").GetProperty("restart").GetBoolean());
        Assert.Single(Directory.GetFiles(_output, "*.log"));
        Assert.DoesNotContain("again on the same database", output.ToString(), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_output))
        {
            Directory.Delete(_output, recursive: true);
        }
    }
}
