using System.Collections.Concurrent;

namespace ServiceBot.Tests.EndToEnd;

/// <summary>
/// Runs each conversation script at most once per test run and shares its transcript: <see cref="ConversationScriptTests"/>
/// checks the expectations, and the browser tests render the cards of the same run instead of running every script again.
/// A script that fails, fails every test that asks for it, with the same message.
/// </summary>
public static class ScriptTranscripts
{
    // Each run is a whole host; two at a time is what two cores take.
    private static readonly SemaphoreSlim Gate = new(2);
    private static readonly ConcurrentDictionary<string, Lazy<Task<ScriptTranscript>>> Runs = new(StringComparer.Ordinal);

    public static Task<ScriptTranscript> GetAsync(string file) =>
        Runs.GetOrAdd(file, name => new Lazy<Task<ScriptTranscript>>(() => RunAsync(name))).Value;

    private static async Task<ScriptTranscript> RunAsync(string file)
    {
        await Gate.WaitAsync();
        try
        {
            await using var runner = await ConversationScriptRunner.StartAsync();
            return await runner.RunAsync(file);
        }
        finally
        {
            Gate.Release();
        }
    }
}
