namespace ServiceBot.Localization;

public static class LanguageExtensions
{
    /// <summary>The two-letter code used in content files and settings: <c>es</c> or <c>en</c>.</summary>
    public static string Code(this Language language) => language switch
    {
        Language.English => "en",
        _ => "es",
    };
}
