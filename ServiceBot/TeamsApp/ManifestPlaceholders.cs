using System.Globalization;
using System.Text.RegularExpressions;

namespace ServiceBot.TeamsApp;

/// <summary>The tokens that <c>manifest/manifest.json</c> carries where an installation's own values go.</summary>
public static partial class ManifestPlaceholders
{
    /// <summary>The Teams app id: one GUID per app, kept the same across versions so Teams sees updates.</summary>
    public const string TeamsAppId = "{{TeamsAppId}}";

    /// <summary>The Azure Bot's Microsoft App ID (the app registration's client id).</summary>
    public const string MicrosoftAppId = "{{MicrosoftAppId}}";

    /// <summary>The public host name that serves the bot and its feedback page, without scheme or path.</summary>
    public const string BotDomain = "{{BotDomain}}";

    public static string Fill(string text, ManifestValues values)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(values);
        return text
            .Replace(TeamsAppId, values.TeamsAppId.ToString("D", CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace(MicrosoftAppId, values.BotId.ToString("D", CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace(BotDomain, values.Domain, StringComparison.Ordinal);
    }

    /// <summary>Every <c>{{...}}</c> token still present in <paramref name="text"/>, known or not.</summary>
    public static IReadOnlyList<string> FindRemaining(string text) =>
        [.. AnyToken().Matches(text).Select(match => match.Value).Distinct(StringComparer.Ordinal)];

    [GeneratedRegex(@"\{\{[^{}]*\}\}|\{\{")]
    private static partial Regex AnyToken();
}
