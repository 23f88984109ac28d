namespace ServiceBot.BotFramework.DirectLine;

/// <summary>How the bot appears in local Direct Line conversations.</summary>
public static class DirectLineBot
{
    public const string Id = "servicebot";

    public const string Name = "ServiceBot";

    /// <summary>The channel id the bot sees on activities from the local page (Web Chat over Direct Line).</summary>
    public const string ChannelId = "directline";
}
