using System.Text.Json;
using System.Text.Json.Nodes;
using ServiceBot.BotFramework.Schema;

namespace ServiceBot.Proactive;

/// <summary>Teams' <c>channelData.notification.alert</c>: the message also raises an activity-feed notification.</summary>
internal static class TeamsNotification
{
    public static Activity WithAlert(Activity activity)
    {
        var channelData = activity.ChannelData is { ValueKind: JsonValueKind.Object } existing
            ? JsonObject.Create(existing)!
            : [];
        if (channelData["notification"] is JsonObject notification)
        {
            notification["alert"] = true;
        }
        else
        {
            channelData["notification"] = new JsonObject { ["alert"] = true };
        }

        return activity with { ChannelData = JsonSerializer.SerializeToElement(channelData, ProtocolJson.Options) };
    }
}
