using System.Text.RegularExpressions;
using ServiceBot.BotFramework.Schema;

namespace ServiceBot.BotFramework;

/// <summary>
/// Removes the bot's own @mention from a Teams message ("&lt;at&gt;ServiceBot&lt;/at&gt; ayuda" → "ayuda"), found through the
/// mention entity whose id is the recipient's; other mentions keep their inner text, and the tags go.
/// </summary>
public static partial class MentionText
{
    public static string RemoveRecipientMention(Activity activity)
    {
        var text = activity.Text ?? string.Empty;
        var botId = activity.Recipient?.Id;
        foreach (var mention in activity.EntitiesOfType(EntityTypes.Mention))
        {
            var mentioned = mention.GetAs<ChannelAccount>("mentioned");
            if (botId is null || mentioned?.Id != botId)
            {
                continue;
            }

            var mentionText = mention.GetString("text") ?? (mentioned.Name is { } name ? $"<at>{name}</at>" : null);
            if (!string.IsNullOrEmpty(mentionText))
            {
                text = text.Replace(mentionText, " ", StringComparison.OrdinalIgnoreCase);
            }
        }

        text = AtTag().Replace(text, " ");
        return Whitespace().Replace(text, " ").Trim();
    }

    [GeneratedRegex("</?at[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AtTag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
