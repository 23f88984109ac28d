using System.Text.Json;
using System.Text.Json.Nodes;
using ServiceBot.Tests.EndToEnd;
using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.Browser;

/// <summary>
/// Every Adaptive Card the conversation scripts (EndToEnd/Conversations) make the bot show, collected from one run of each
/// script (<see cref="ScriptTranscripts"/>) through the real HTTP pipeline on the loopback channel: cards sent and updated in place, cards answered to
/// invokes, and proactive cards (reminders, supervisor calls). A card shown several times is kept once, under the
/// first place it appeared.
/// </summary>
public static class ScriptedCards
{
    public static async Task<IReadOnlyList<ScriptedCard>> CollectAsync(IEnumerable<string>? scriptFiles = null)
    {
        var files = scriptFiles ?? ConversationScript.All().Select(s => (string)s[0]);
        var transcripts = await Task.WhenAll(files.Select(ScriptTranscripts.GetAsync));

        var firstByJson = new Dictionary<string, ScriptedCard>(StringComparer.Ordinal);
        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var transcript in transcripts)
        {
            foreach (var turn in transcript.Turns)
            {
                var inTurn = 0;
                foreach (var reply in turn.Replies)
                {
                    if (AdaptiveCardOf(reply) is not { } card)
                    {
                        continue;
                    }

                    var json = card.ToJsonString();
                    occurrences[json] = occurrences.GetValueOrDefault(json) + 1;
                    if (firstByJson.ContainsKey(json))
                    {
                        continue;
                    }

                    var name = $"{Path.GetFileNameWithoutExtension(transcript.Script.File)}.t{turn.Number:00}.{KindOf(reply, turn.Turn)}{(inTurn++ > 0 ? $".{inTurn}" : string.Empty)}";
                    firstByJson.Add(json, new ScriptedCard(name, transcript.Script.File, turn.Number, reply.Kind, card));
                }
            }
        }

        // Dictionary enumeration keeps insertion order here (nothing is removed): the order the scripts showed them.
        return [.. firstByJson.Select(pair => pair.Value with { Occurrences = occurrences[pair.Key] })];
    }

    private static JsonObject? AdaptiveCardOf(BotReply reply) =>
        reply.Card is { ValueKind: JsonValueKind.Object } card &&
        card.TryGetProperty("type", out var type) && type.ValueEquals("AdaptiveCard")
            ? JsonNode.Parse(card.GetRawText())!.AsObject()
            : null;

    private static string KindOf(BotReply reply, ScriptTurn turn) => reply switch
    {
        { ConversationId: ScriptPeople.SupervisorConversationId } => "to-supervisor",
        { Kind: BotReplyKind.Sent } when turn.Dispatch => "proactive",
        { Kind: BotReplyKind.Sent } => "sent",
        { Kind: BotReplyKind.Updated } => "updated",
        _ => "invoke-response",
    };
}

/// <summary>One distinct card from the scripts: where it first appeared, how it was shown, and how often in all.</summary>
public sealed record ScriptedCard(string Name, string Script, int Turn, BotReplyKind Kind, JsonObject Card, int Occurrences = 1)
{
    public NamedCard ToNamedCard() => new(Name, Card);
}
