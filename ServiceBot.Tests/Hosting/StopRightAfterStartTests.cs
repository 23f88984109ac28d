using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.Hosting;

/// <summary>
/// The bot as its own process, stopped as a deploy stops it (SIGTERM) as soon as <c>/healthz</c> answers and at moments
/// through the warm-up that follows (<see cref="ServiceBot.Hosting.StartupWarmUp"/>, before <c>/ready</c>): each stop is
/// quiet (exit code 0, no error, no exception in the log).
/// </summary>
public sealed class StopRightAfterStartTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    /// <summary>Milliseconds after /healthz (the warm-up takes ~0.6 s on an idle machine), the first three times at once.</summary>
    public static TheoryData<int, int> StopDelays => new() { { 1, 0 }, { 2, 0 }, { 3, 0 }, { 4, 100 }, { 5, 250 }, { 6, 400 }, { 7, 600 } };

    [Theory]
    [MemberData(nameof(StopDelays))]
    public async Task SigTerm_AfterHealthz_StopsQuietly(int attempt, int stopAfterMilliseconds)
    {
        var folder = Directory.CreateTempSubdirectory($"servicebot-stop-{attempt}-");
        try
        {
            // Local mode, no channel needed; the warm-up still rehearses the turn path.
            var bot = ServiceBotProcess.Start(folder.FullName);
            await using (bot)
            {
                await bot.WaitUntilAnsweringAsync("/healthz", Patience);
                await Task.Delay(stopAfterMilliseconds);
                await bot.TerminateAsync();
                await bot.WaitForExitAsync(Patience);
            }

            bot.AssertStoppedQuietly($"stop {stopAfterMilliseconds} ms after /healthz", "Exception:");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
