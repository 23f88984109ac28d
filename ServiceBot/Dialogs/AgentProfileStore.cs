using System.Text.Json;
using ServiceBot.BotFramework.Schema;
using ServiceBot.Storage;

namespace ServiceBot.Dialogs;

/// <summary>
/// Reads and writes <see cref="AgentProfile"/> as user state, under <see cref="StateKeys.User"/>: the same agent in
/// another chat (a group chat, a second device) finds the same shift, tip and settings.
/// </summary>
public static class AgentProfileStore
{
    public static string KeyFor(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return StateKeys.User(activity.ChannelId ?? "unknown", activity.From?.Id is { Length: > 0 } id ? id : "unknown");
    }

    /// <summary>The profile in a stored item (a new one when there is none) and the item's ETag.</summary>
    public static (AgentProfile Profile, string? ETag) Read(StoreItem? item) => item is null
        ? (AgentProfile.New, null)
        : (JsonSerializer.Deserialize<AgentProfile>(item.Json, ProtocolJson.Options) ?? AgentProfile.New, item.ETag);

    public static string ToJson(AgentProfile profile) => JsonSerializer.Serialize(profile, ProtocolJson.Options);
}
