using ServiceBot.BotFramework.DirectLine;
using ServiceBot.Localization;

namespace ServiceBot.Web.Chat;

/// <summary>
/// What the bar above the local chat chose, read from the page's query (<c>?as=agent&amp;lang=es&amp;tz=America/Mexico_City</c>):
/// who the person is, the language and the time zone. Anything unknown falls back to an agent, Spanish and Mexico City.
/// </summary>
public sealed record ChatPageChoices(DirectLinePersona Persona, Language Language, string TimeZone)
{
    public const string DefaultTimeZone = "America/Mexico_City";

    /// <summary>The time zones offered in the bar: where the bot's agents work, and a few others to try the time of day.</summary>
    public static IReadOnlyList<string> TimeZones { get; } =
    [
        "America/Mexico_City",
        "America/Tijuana",
        "America/Cancun",
        "America/Bogota",
        "America/Lima",
        "America/Santiago",
        "America/Argentina/Buenos_Aires",
        "Europe/Madrid",
        "America/New_York",
        "America/Los_Angeles",
        "Asia/Tokyo",
        "UTC",
    ];

    public string Locale => Language == Language.English ? "en-US" : "es-MX";

    public static ChatPageChoices From(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var persona = Enum.TryParse<DirectLinePersona>(query["as"].ToString(), ignoreCase: true, out var named) && Enum.IsDefined(named)
            ? named
            : DirectLinePersona.Agent;
        var language = string.Equals(query["lang"].ToString(), "en", StringComparison.OrdinalIgnoreCase) ? Language.English : Language.Spanish;
        var zone = query["tz"].ToString();
        return new ChatPageChoices(persona, language, TimeZones.Contains(zone, StringComparer.Ordinal) ? zone : DefaultTimeZone);
    }
}
