using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ServiceBot.LoadTest.Script;

/// <summary>
/// Activities shaped as Teams sends them to a bot in a 1:1 chat: the agent's ids, tenant, locale, local time and
/// client info, and for a tapped button the message or invoke Teams makes of it.
/// </summary>
internal sealed class TeamsActivities(string serviceUrl, string botId, LoadScript script, TimeProvider time)
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(script.TimeZone);

    public JsonObject Message(ConversationIdentity who, string activityId, string text)
    {
        var activity = Base("message", who, activityId);
        activity["text"] = text;
        activity["textFormat"] = "plain";
        return activity;
    }

    public JsonObject Installed(ConversationIdentity who, string activityId, string kind)
    {
        ArgumentNullException.ThrowIfNull(who);
        var activity = Base(kind, who, activityId);
        if (kind == ScriptTurn.InstallationUpdate)
        {
            activity["action"] = "add";
        }
        else
        {
            activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = botId });
        }

        return activity;
    }

    /// <summary>What Teams sends when the agent taps <paramref name="button"/> on the card in message <paramref name="cardActivityId"/>.</summary>
    public JsonObject Tap(ConversationIdentity who, string activityId, CardButton button, string cardActivityId, IReadOnlyDictionary<string, string> inputs)
    {
        ArgumentNullException.ThrowIfNull(button);
        ArgumentNullException.ThrowIfNull(inputs);
        var data = button.Data is { ValueKind: JsonValueKind.Object } d ? JsonNode.Parse(d.GetRawText())!.AsObject() : [];
        var messageBack = data["msteams"] as JsonObject;
        data.Remove("msteams");
        foreach (var (name, value) in inputs)
        {
            data[name] = value;
        }

        JsonObject activity;
        if (button.Type == CardButton.Execute)
        {
            activity = Base("invoke", who, activityId);
            activity["name"] = "adaptiveCard/action";
            activity["value"] = new JsonObject
            {
                ["action"] = new JsonObject { ["type"] = CardButton.Execute, ["verb"] = button.Verb, ["data"] = data },
                ["trigger"] = "manual",
            };
        }
        else
        {
            activity = Base("message", who, activityId);
            if (messageBack?["type"]?.GetValue<string>() == "messageBack" && messageBack["text"] is JsonValue text)
            {
                activity["text"] = text.GetValue<string>();
                activity["textFormat"] = "plain";
            }

            activity["value"] = data;
        }

        activity["replyToId"] = cardActivityId;
        return activity;
    }

    private JsonObject Base(string type, ConversationIdentity who, string activityId)
    {
        var now = time.GetUtcNow();
        var local = TimeZoneInfo.ConvertTime(now, _zone);
        return new JsonObject
        {
            ["type"] = type,
            ["id"] = activityId,
            ["timestamp"] = now.ToString("O", CultureInfo.InvariantCulture),
            ["localTimestamp"] = local.ToString("O", CultureInfo.InvariantCulture),
            ["localTimezone"] = script.TimeZone,
            ["serviceUrl"] = serviceUrl,
            ["channelId"] = "msteams",
            ["from"] = new JsonObject { ["id"] = who.UserId, ["name"] = who.UserName, ["aadObjectId"] = who.AadObjectId },
            ["conversation"] = new JsonObject
            {
                ["conversationType"] = "personal",
                ["tenantId"] = ConversationIdentity.TenantId,
                ["id"] = who.ConversationId,
            },
            ["recipient"] = new JsonObject { ["id"] = botId, ["name"] = "ServiceBot" },
            ["locale"] = script.Locale,
            ["entities"] = new JsonArray(new JsonObject
            {
                ["type"] = "clientInfo",
                ["locale"] = script.Locale,
                ["country"] = script.Locale.Length >= 5 ? script.Locale[^2..] : null,
                ["platform"] = "Web",
                ["timezone"] = script.TimeZone,
            }),
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = ConversationIdentity.TenantId } },
        };
    }
}
