using System.Runtime;

namespace ServiceBot.Hosting;

/// <summary>
/// Waits, after the warm-up's steps, until the runtime has compiled nothing new for a short window (or a limit has
/// passed): the tiering thread recompiles the start's hot methods in the background, and on a small machine that
/// competes with the first conversation's turns for the cores. <c>/ready</c> waits for it, <c>/healthz</c> does not.
/// </summary>
internal static class JitSettling
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(25);

    public static async Task WaitAsync(TimeSpan quietWindow, TimeSpan limit, TimeProvider time, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var count = JitInfo.GetCompiledMethodCount();
        var quietSince = time.GetTimestamp();
        while (time.GetElapsedTime(quietSince) < quietWindow && time.GetElapsedTime(started) < limit)
        {
            await Task.Delay(PollInterval, time, cancellationToken);
            var now = JitInfo.GetCompiledMethodCount();
            if (now != count)
            {
                count = now;
                quietSince = time.GetTimestamp();
            }
        }
    }
}
