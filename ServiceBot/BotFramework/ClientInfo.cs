using ServiceBot.BotFramework.Schema;

namespace ServiceBot.BotFramework;

/// <summary>Reads the Teams <c>clientInfo</c> entity (locale, country, platform, time zone of the user's client).</summary>
public static class ClientInfo
{
    public static string? Locale(Activity activity) => Get(activity, "locale");

    public static string? TimeZone(Activity activity) => Get(activity, "timezone");

    private static string? Get(Activity activity, string name) =>
        activity.EntitiesOfType(EntityTypes.ClientInfo).Select(e => e.GetString(name)).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
