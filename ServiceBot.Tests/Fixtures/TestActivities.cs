using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ServiceBot.Tests.Fixtures;

/// <summary>Activity JSON shaped like what Teams sends, and a helper to POST it to /api/messages.</summary>
public static class TestActivities
{
    public const string UserId = "29:1a2b3c-user";
    public const string BotId = "28:" + ServiceBotApplication.TestAppId;
    public const string ConversationId = "a:1qhNLqGYjR-personal;messageid=1";

    public static JsonObject Message(string serviceUrl, string text, string locale = "es-MX", string channelId = "msteams", string? id = null) => new()
    {
        ["type"] = "message",
        ["id"] = id ?? Guid.NewGuid().ToString("N"),
        ["timestamp"] = "2026-11-23T14:10:05.9908157Z",
        ["localTimestamp"] = "2026-11-23T08:10:05.9908157-06:00",
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = channelId,
        ["from"] = new JsonObject { ["id"] = UserId, ["name"] = "Ana Pérez", ["aadObjectId"] = "00000000-0000-0000-0000-0000000000aa" },
        ["conversation"] = new JsonObject { ["conversationType"] = "personal", ["tenantId"] = ServiceBotApplication.TestTenantId, ["id"] = ConversationId },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "ServiceBot" },
        ["text"] = text,
        ["textFormat"] = "plain",
        ["locale"] = locale,
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = ServiceBotApplication.TestTenantId } },
    };

    public static JsonObject BotAdded(string serviceUrl, string locale = "es-MX")
    {
        var activity = Message(serviceUrl, string.Empty, locale);
        activity["type"] = "conversationUpdate";
        activity.Remove("text");
        activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = BotId });
        return activity;
    }

    public static JsonObject Invoke(string serviceUrl, string name, JsonNode value, string locale = "es-MX")
    {
        var activity = Message(serviceUrl, string.Empty, locale);
        activity["type"] = "invoke";
        activity.Remove("text");
        activity["name"] = name;
        activity["value"] = value;
        return activity;
    }

    public static async Task<HttpResponseMessage> PostAsync(this HttpClient client, JsonNode activity, string? token, string scheme = "Bearer")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue(scheme, token);
        }

        return await client.SendAsync(request);
    }

    public static JsonElement ToElement(this JsonNode node) => JsonDocument.Parse(node.ToJsonString()).RootElement;
}
