using System.Text.Json;
using System.Text.Json.Nodes;

namespace ServiceBot.LoadTest.Channel;

/// <summary>
/// Everything exchanged in one conversation, turn by turn: the activity posted, the bot's HTTP answer, and the
/// Connector calls it made. Kept for the first (cold) conversation of each run, so a script author can see which
/// button a tap pressed and what the bot answered.
/// </summary>
internal sealed class ConversationTranscript
{
    private readonly List<JsonObject> _turns = [];
    private readonly List<JsonObject> _pendingCalls = [];

    public void Call(ConnectorCallKind kind, string? activityId, byte[] body)
    {
        lock (_turns)
        {
            _pendingCalls.Add(new JsonObject { ["kind"] = kind.ToString(), ["activityId"] = activityId, ["body"] = Parse(body) });
        }
    }

    public void Turn(int number, JsonObject sent, int status, double milliseconds, byte[] answer)
    {
        ArgumentNullException.ThrowIfNull(sent);
        lock (_turns)
        {
            _turns.Add(new JsonObject
            {
                ["turn"] = number,
                ["sent"] = sent.DeepClone(),
                ["status"] = status,
                ["milliseconds"] = Math.Round(milliseconds, 1),
                ["answer"] = answer.Length == 0 ? null : Parse(answer),
                ["connectorCalls"] = new JsonArray([.. _pendingCalls]),
            });
            _pendingCalls.Clear();
        }
    }

    public string ToJson()
    {
        lock (_turns)
        {
            return new JsonArray([.. _turns.Select(t => t.DeepClone())]).ToJsonString(new JsonSerializerOptions { WriteIndented = true });
        }
    }

    private static JsonNode? Parse(byte[] json)
    {
        try
        {
            return JsonNode.Parse(json);
        }
        catch (JsonException)
        {
            return System.Text.Encoding.UTF8.GetString(json);
        }
    }
}
