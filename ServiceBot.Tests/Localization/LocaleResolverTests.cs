using ServiceBot.Localization;

namespace ServiceBot.Tests.Localization;

public sealed class LocaleResolverTests
{
    [Theory]
    [InlineData("es-MX", Language.Spanish)]
    [InlineData("es-419", Language.Spanish)]
    [InlineData("es", Language.Spanish)]
    [InlineData("en-US", Language.English)]
    [InlineData("EN_gb", Language.English)]
    [InlineData("fr-FR", Language.Spanish)]
    [InlineData("", Language.Spanish)]
    [InlineData(null, Language.Spanish)]
    [InlineData("not a locale at all", Language.Spanish)]
    public void Resolve_FallsBackToSpanish(string? locale, Language expected)
    {
        Assert.Equal(expected, LocaleResolver.Resolve(locale));
    }
}
