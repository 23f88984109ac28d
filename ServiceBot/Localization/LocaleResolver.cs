namespace ServiceBot.Localization;

/// <summary>
/// Maps a BCP-47 locale from the channel (<c>es-419</c>, <c>en-US</c>, garbage…) to a <see cref="Language"/>.
/// Anything that is not recognisably English falls back to Spanish.
/// </summary>
public static class LocaleResolver
{
    public static Language Resolve(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale))
        {
            return Language.Spanish;
        }

        var primary = locale.Trim().Split('-', '_')[0];
        return primary.Equals("en", StringComparison.OrdinalIgnoreCase) ? Language.English : Language.Spanish;
    }
}
