using ServiceBot.Content.Model;
using ServiceBot.Localization;

namespace ServiceBot.Tests.Content.Model;

public class LocalizedTextTests
{
    private static LocalizedText CreateSut() => new("Enseguida estoy con usted.", "I'll be right with you.")
    {
        Variants = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["es-MX"] = "Ahorita estoy con usted." },
    };

    [Theory]
    [InlineData("es-MX", "Ahorita estoy con usted.")]
    [InlineData("es_mx", "Ahorita estoy con usted.")]
    [InlineData("es-CO", "Enseguida estoy con usted.")]
    [InlineData("en-GB", "I'll be right with you.")]
    [InlineData(null, "Enseguida estoy con usted.")]
    [InlineData("fr-FR", "Enseguida estoy con usted.")]
    public void Get_Locale_PrefersTheExactVariant_ThenTheLanguage_ThenSpanish(string? locale, string expected) =>
        Assert.Equal(expected, CreateSut().Get(locale));

    [Fact]
    public void Get_Language_ReturnsThatLanguage() =>
        Assert.Equal("I'll be right with you.", CreateSut().Get(Language.English));
}
