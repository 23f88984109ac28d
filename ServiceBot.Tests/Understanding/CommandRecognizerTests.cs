using ServiceBot.Understanding;
using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.Understanding;

public sealed class CommandRecognizerTests
{
    private static readonly HashSet<string> ReviewTakesText = ["review-draft"];

    [Theory]
    [InlineData("ayuda", "help")]
    [InlineData("AYUDA", "help")]
    [InlineData("nueva atencion", "new-service")]
    [InlineData("Nueva Atención", "new-service")]
    [InlineData("llamar al supervisr", "call-supervisor")]
    [InlineData("new service", "new-service")]
    [InlineData("de tú", "register-tu")]
    public void Recognize_KeywordAlone_IsTheCommand(string text, string expected)
    {
        var match = CommandRecognizer.Recognize(text, RealContent.Current, ReviewTakesText);

        Assert.Equal((expected, string.Empty), (match?.CommandId, match?.Argument));
    }

    [Theory]
    [InlineData("revisar: no se puede, es su problema", "no se puede, es su problema")]
    [InlineData("Revisar no se puede, es su problema", "no se puede, es su problema")]
    [InlineData("revisa, Hola. ¿En qué le ayudo?", "Hola. ¿En qué le ayudo?")]
    [InlineData("review WE CANNOT DO THAT", "WE CANNOT DO THAT")]
    public void Recognize_ReviewFollowedByText_CarriesTheDraftAsTyped(string text, string draft)
    {
        var match = CommandRecognizer.Recognize(text, RealContent.Current, ReviewTakesText);

        Assert.Equal(("review-draft", draft), (match?.CommandId, match?.Argument));
    }

    [Theory]
    [InlineData("ayuda con un cliente furioso")]
    [InlineData("el cliente necesita ayuda")]
    [InlineData("terminar la llamada ya")]
    [InlineData("")]
    [InlineData("   ")]
    public void Recognize_SentenceMentioningAKeyword_IsNotACommand(string text) =>
        Assert.Null(CommandRecognizer.Recognize(text, RealContent.Current, ReviewTakesText));

    [Fact]
    public void Recognize_WithoutArgumentCommands_NeedsTheColon()
    {
        Assert.Null(CommandRecognizer.Recognize("revisar no se puede", RealContent.Current));
        Assert.Equal("no se puede", CommandRecognizer.Recognize("revisar: no se puede", RealContent.Current)?.Argument);
    }
}
