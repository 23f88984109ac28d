using System.Net;
using System.Text.Json.Nodes;

namespace ServiceBot.Tests.Fixtures;

/// <summary>An agent types "frases" in a conversation; what the bot sent back, as the texts of its cards' TextBlocks.</summary>
public static class TypedPhrasesRequest
{
    public static async Task<IReadOnlyList<string>> SendAsync(HttpClient client, FakeChannelServer channel, string conversation)
    {
        var before = channel.Calls.Count;
        var activity = TestActivities.Message(channel.ServiceUrl(), "frases");
        activity["conversation"]!["id"] = conversation;
        var response = await client.PostAsync(activity, token: null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var calls = await channel.WaitForCallsAsync(before + 1);
        return [.. calls.Skip(before).SelectMany(call => TextBlocksOf(JsonNode.Parse(call.Body)))];
    }

    private static IEnumerable<string> TextBlocksOf(JsonNode? node) => node switch
    {
        JsonObject o when o["type"]?.GetValue<string>() == "TextBlock" && o["text"] is JsonValue text => [text.GetValue<string>()],
        JsonObject o => o.SelectMany(property => TextBlocksOf(property.Value)),
        JsonArray a => a.SelectMany(TextBlocksOf),
        _ => [],
    };
}
