using System.Text.Json;
using System.Text.Json.Nodes;
using ServiceBot.BotFramework.Schema;

namespace ServiceBot.Tests.BotFramework.Schema;

public sealed class ActivitySerializationTests
{
    private const string TeamsMessage = """
        {
          "text": "<at>ServiceBot</at> hola",
          "textFormat": "plain",
          "type": "message",
          "timestamp": "2017-10-29T00:51:05.9908157Z",
          "localTimestamp": "2017-10-28T17:51:05.9908157-07:00",
          "id": "1509238265811",
          "channelId": "msteams",
          "serviceUrl": "https://smba.trafficmanager.net/amer/",
          "from": { "id": "29:1XJKJMvc5GBtc2JwZq0oj8tHZmzrQgFmB39ATiQWA85gQtHieVkKilBZ9XHoq9j7Zaqt7CZ-NJWi7me2kHTL3Bw", "name": "Megan Bowen", "aadObjectId": "7faf080f-0000-0000-0000-000000000000" },
          "conversation": { "isGroup": true, "conversationType": "channel", "tenantId": "72f988bf-0000", "id": "19:aebd0ad4d6ab42c8b9ed19c251c2fc37@thread.skype;messageid=1481567603816" },
          "recipient": { "id": "28:c9e8c047-2a74-40a2-b28a-b162d5f5327c", "name": "ServiceBot" },
          "entities": [
            { "type": "mention", "mentioned": { "id": "28:c9e8c047-2a74-40a2-b28a-b162d5f5327c", "name": "ServiceBot" }, "text": "<at>ServiceBot</at>" },
            { "type": "clientInfo", "locale": "es-MX", "country": "MX", "platform": "Web", "timezone": "America/Mexico_City" },
            { "type": "ProductInfo", "id": 1234 }
          ],
          "channelData": { "teamsChannelId": "19:x@thread.skype", "tenant": { "id": "72f988bf-0000" }, "team": { "id": "19:y@thread.skype" }, "futureFlag": [1, 2] },
          "locale": "es-MX",
          "attachments": [ { "contentType": "text/html", "content": "<div>hola</div>" } ],
          "someNewField": { "nested": true }
        }
        """;

    [Fact]
    public void Deserialize_TeamsPayload_ReadsTheFieldsItModels()
    {
        var activity = JsonSerializer.Deserialize<Activity>(TeamsMessage, ProtocolJson.Options)!;

        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal(new DateTimeOffset(2017, 10, 29, 0, 51, 5, TimeSpan.Zero).AddTicks(9908157), activity.Timestamp);
        Assert.Equal(TimeSpan.FromHours(-7), activity.LocalTimestamp!.Value.Offset);
        Assert.Equal("channel", activity.Conversation!.ConversationType);
        Assert.Equal(3, activity.Entities!.Count);
    }

    [Fact]
    public void RoundTrip_KeepsUnknownFieldsEntitiesAndChannelData()
    {
        var activity = JsonSerializer.Deserialize<Activity>(TeamsMessage, ProtocolJson.Options)!;

        var written = JsonNode.Parse(JsonSerializer.Serialize(activity, ProtocolJson.Options))!;

        var original = JsonNode.Parse(TeamsMessage)!;
        Assert.True(JsonNode.DeepEquals(original["channelData"], written["channelData"]));
        Assert.True(JsonNode.DeepEquals(original["entities"], written["entities"]));
        Assert.True(JsonNode.DeepEquals(original["someNewField"], written["someNewField"]));
        Assert.True(JsonNode.DeepEquals(original["from"], written["from"]));
    }

    [Fact]
    public void Serialize_OmitsNullsAndDoesNotEscapeAccents()
    {
        var json = JsonSerializer.Serialize(Activity.CreateMessage("¿Cómo está usted?"), ProtocolJson.Options);

        Assert.Equal("""{"type":"message","text":"¿Cómo está usted?"}""", json);
    }
}
