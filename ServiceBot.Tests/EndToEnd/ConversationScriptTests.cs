namespace ServiceBot.Tests.EndToEnd;

/// <summary>Every scripted conversation in EndToEnd/Conversations runs as written (see <see cref="ConversationScriptRunner"/>).</summary>
public sealed class ConversationScriptTests
{
    public static IEnumerable<object[]> Scripts() => ConversationScript.All();

    [Theory]
    [MemberData(nameof(Scripts))]
    public async Task Script_RunsAsWritten(string file)
    {
        await using var runner = await ConversationScriptRunner.StartAsync();

        // Each turn's expectations are asserted as the script runs.
        await runner.RunAsync(file);
    }
}
