using ServiceBot.LoadTest.Script;

namespace ServiceBot.LoadTest.Tests.Script;

public sealed class LoadScriptLoaderTests
{
    [Fact]
    public void TheFiveTurnTeamsScript_InstallsGreetsStartsSaysAMoodAndTapsTheFirstButton()
    {
        var script = LoadScriptLoader.Load(LoadScript.Resolve(LoadScript.DefaultName));

        Assert.Equal("teams-5-turn", script.Name);
        Assert.Equal("es-MX", script.Locale);
        Assert.Equal(
            [ScriptTurnKind.Event, ScriptTurnKind.Say, ScriptTurnKind.Say, ScriptTurnKind.Say, ScriptTurnKind.Tap],
            script.Turns.Select(t => t.Kind));
        Assert.Equal(ScriptTurn.ConversationUpdate, script.Turns[0].Event);
        Assert.Equal("hola", script.Turns[1].TextFor(7));
        Assert.Equal(new ButtonChoice(null, null), script.Turns[4].Button);
        Assert.All(script.Turns, t => Assert.True(t.ExpectReply));
    }

    [Fact]
    public void TheTypedMix_GivesEachConversationItsOwnSentence_InTurn()
    {
        var script = LoadScriptLoader.Load(LoadScript.Resolve(LoadScript.TypedMixName));
        var moods = script.Turns[3];

        Assert.Equal(5, script.Turns.Count);
        Assert.DoesNotContain(script.Turns.Skip(1), t => t.Kind != ScriptTurnKind.Say);
        Assert.Equal(moods.Texts[0], moods.TextFor(0));
        Assert.Equal(moods.Texts[1], moods.TextFor(1));
        Assert.Equal(moods.Texts[0], moods.TextFor(moods.Texts.Count));
    }

    [Fact]
    public void ATap_ReadsItsVerbActionTypeAndData()
    {
        var script = LoadScriptLoader.Parse("""
            name: taps
            turns:
              - tap: draft.review
                action: Action.Submit
                data: { draft: "no se puede" }
                expectReply: false
            """, "taps.yaml");

        var tap = Assert.Single(script.Turns);
        Assert.Equal(new ButtonChoice("draft.review", "Action.Submit"), tap.Button);
        Assert.Equal("no se puede", tap.Data["draft"]);
        Assert.False(tap.ExpectReply);
        Assert.Equal(3, tap.Line);
    }

    [Theory]
    [InlineData("turns:\n  - say: hola\n    tap: first\n", "taps.yaml:2:5: a turn has one of event, say, sayOneOf or tap, not say and tap.")]
    [InlineData("turns:\n  - event: messageReaction\n", "taps.yaml:2:12: event 'messageReaction' is not conversationUpdate or installationUpdate.")]
    [InlineData("turns:\n  - tap: first\n    action: Action.OpenUrl\n", "taps.yaml:3:13: action 'Action.OpenUrl' is not Action.Submit or Action.Execute.")]
    [InlineData("turns:\n  - say: hola\n    wait: 3\n", "taps.yaml:3:5: unknown turn key 'wait' (known: event, say, sayOneOf, tap, action, data, expectReply).")]
    [InlineData("turns:\n  - say: hola\n    data: { a: b }\n", "taps.yaml:2:5: action and data belong to a tap.")]
    [InlineData("turns:\n  - sayOneOf: [hola, '']\n", "taps.yaml:2:15: sayOneOf needs a list of sentences, none of them empty.")]
    [InlineData("turns: []\n", "taps.yaml:1:8: turns must be a list of at least one turn.")]
    [InlineData("timeZone: Mars/Olympus\nturns:\n  - say: hola\n", "taps.yaml:1:11: timeZone 'Mars/Olympus' is not a time zone this machine knows (an IANA id such as America/Mexico_City).")]
    [InlineData("turns:\n  - say: [hola\n", "taps.yaml:3:1:")]
    public void Mistakes_AreReportedWithFileLineAndColumn(string yaml, string expected)
    {
        var error = Assert.Throws<LoadScriptException>(() => LoadScriptLoader.Parse(yaml, "taps.yaml"));

        Assert.StartsWith(expected, error.Problems[0], StringComparison.Ordinal);
    }

    [Fact]
    public void EveryMistake_IsReported_NotJustTheFirst()
    {
        var error = Assert.Throws<LoadScriptException>(() => LoadScriptLoader.Parse(
            "turns:\n  - event: nope\n  - tap: first\n    action: Action.ShowCard\n  - say: ''\n", "many.yaml"));

        Assert.Equal(3, error.Problems.Count);
    }

    [Fact]
    public void AMissingScript_NamesTheShippedOnes()
    {
        var error = Assert.Throws<LoadScriptException>(() => LoadScriptLoader.Load(LoadScript.Resolve("no-such-script")));

        Assert.Contains("teams-5-turn", error.Message, StringComparison.Ordinal);
        Assert.Contains("typed-mix", error.Message, StringComparison.Ordinal);
    }
}
