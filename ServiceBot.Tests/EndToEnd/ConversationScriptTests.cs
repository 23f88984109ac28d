namespace ServiceBot.Tests.EndToEnd;

/// <summary>
/// Every scripted conversation in EndToEnd/Conversations runs as written (see <see cref="ConversationScriptRunner"/>);
/// the run is shared with the card rendering tests through <see cref="ScriptTranscripts"/>.
/// </summary>
public sealed class ConversationScriptTests
{
    public static IEnumerable<object[]> Scripts() => ConversationScript.All();

    [Theory]
    [MemberData(nameof(Scripts))]
    public async Task Script_RunsAsWritten(string file)
    {
        // Each turn's expectations are asserted as the script runs.
        var transcript = await ScriptTranscripts.GetAsync(file);

        Assert.Equal(file, transcript.Script.File);
    }
}
