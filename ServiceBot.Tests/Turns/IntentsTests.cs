using ServiceBot.Turns;

namespace ServiceBot.Tests.Turns;

public sealed class IntentsTests
{
    [Theory]
    [InlineData("ayuda")]
    [InlineData("AYUDA")]
    [InlineData("Ayúda!")]
    [InlineData(" help ")]
    public void IsHelp_RecognisesHelpInBothLanguages(string text)
    {
        Assert.True(Intents.IsHelp(text));
    }

    [Theory]
    [InlineData("ayudame con un cliente")]
    [InlineData("hola")]
    [InlineData("")]
    public void IsHelp_OtherText_IsNotHelp(string text)
    {
        Assert.False(Intents.IsHelp(text));
    }
}
