using System.Text.RegularExpressions;

namespace ServiceBot.Tests.EndToEnd;

/// <summary>
/// Usted or tú, never both: in every card and message the Spanish scripts make the bot show, the words offered to say
/// to a customer (quoted phrases, and the suggested version of a draft) keep to one register.
/// </summary>
public sealed partial class RegisterConsistencyTests
{
    public static IEnumerable<object[]> SpanishScripts() =>
        ConversationScript.All().Where(s => ((string)s[0]).StartsWith("es-", StringComparison.Ordinal));

    [Theory]
    [MemberData(nameof(SpanishScripts))]
    public async Task NoCardOrMessage_MixesUstedAndTu(string file)
    {
        var transcript = await ScriptTranscripts.GetAsync(file);
        var mixed = new List<string>();
        foreach (var turn in transcript.Turns)
        {
            foreach (var reply in turn.Replies)
            {
                var said = string.Join(" ", reply.VisibleStrings.SelectMany(Quoted).Append(reply.Card is null ? reply.Text ?? string.Empty : string.Empty));
                if (Usted().IsMatch(said) && Tu().IsMatch(said))
                {
                    mixed.Add($"turn {turn.Number} ({turn.Turn}): {said}");
                }
            }
        }

        Assert.True(mixed.Count == 0, $"{file}: usted and tú in one card or message:\n{string.Join("\n", mixed)}");
    }

    public static IEnumerable<string> Quoted(string text) => QuotedPhrase().Matches(text).Select(m => m.Groups[1].Value);

    [Fact]
    public void TheCheck_SeesAMix()
    {
        Assert.Matches(Usted(), "Con gusto le atiendo.");
        Assert.Matches(Tu(), "¿Necesitas algo más? Con gusto te ayudo.");
        Assert.DoesNotMatch(Tu(), "¿En qué le puedo servir? Para servirle.");
        Assert.DoesNotMatch(Usted(), "¡Hola! Enseguida estoy contigo; siéntate, por favor.");
    }

    [GeneratedRegex(@"“([^”]+)”")]
    private static partial Regex QuotedPhrase();

    [GeneratedRegex(@"\b(usted|ustedes|siéntese|dígame|cuénteme|le atiendo|le ayudo|le puedo|le ofrezco|atenderle|servirle|ayudarle|necesita algo|disculpe)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Usted();

    [GeneratedRegex(@"\b(tú|contigo|siéntate|dime|cuéntame|te atiendo|te ayudo|te puedo|te ofrezco|atenderte|servirte|ayudarte|necesitas|puedes|tienes|quieres|discúlpame)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Tu();
}
