using BenchmarkDotNet.Running;

namespace ServiceBot.Benchmarks;

/// <summary>
/// Not part of <c>dotnet test</c>. Run <c>dotnet run -c Release --project ServiceBot.Benchmarks -- --filter '*'</c>
/// (after <c>source .ci/start-postgres</c> to include PostgreSQL), or <c>-- results-medians</c> for the feedback
/// results queries timed directly (<see cref="Feedback.FeedbackResultsMedians"/>).
/// </summary>
public static class BenchmarkProgram
{
    public static async Task Main(string[] args)
    {
        if (args is [Feedback.FeedbackResultsMedians.Command, ..])
        {
            var runs = args.Length > 1 && int.TryParse(args[1], System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 9;
            await Feedback.FeedbackResultsMedians.RunAsync(runs);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
    }
}
