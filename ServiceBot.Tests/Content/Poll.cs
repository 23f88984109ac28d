namespace ServiceBot.Tests.Content;

/// <summary>Waits for a condition with a bounded timeout instead of sleeping a fixed time.</summary>
public static class Poll
{
    public static async Task UntilAsync(Func<bool> condition, string what, int timeoutSeconds = 20)
    {
        var elapsed = System.Diagnostics.Stopwatch.StartNew();
        while (!condition())
        {
            if (elapsed.Elapsed > TimeSpan.FromSeconds(timeoutSeconds))
            {
                Assert.Fail($"Timed out after {timeoutSeconds} s waiting for {what}");
            }

            await Task.Delay(50);
        }
    }
}
