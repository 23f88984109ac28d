using System.Text.Json;
using ServiceBot.BotFramework;

namespace ServiceBot.Tests.BotFramework;

public sealed class TextSanitizerTests
{
    [Theory]
    [InlineData("Hola\u202Eaicnalubma", "Holaaicnalubma")]
    [InlineData("\u202Aa\u202Bb\u202Cc\u202Dd\u202Ee", "abcde")]
    [InlineData("\u2066a\u2067b\u2068c\u2069", "abc")]
    [InlineData("ca\u200Bsa\u200C\u200D\u2060\uFEFF", "casa")]
    [InlineData("bell\u0007 nul\u0000 esc\u001B del\u007F c1\u0085", "bell nul esc del c1")]
    [InlineData("soft\u00ADhyphen", "softhyphen")]
    [InlineData("tag\U000E0041\U000E007F", "tag")]
    public void Clean_InvisibleCharacters_AreRemoved(string dirty, string clean)
    {
        Assert.Equal(clean, TextSanitizer.Clean(dirty));
    }

    [Theory]
    [InlineData("línea 1\nlínea 2\tcon tabulador", "línea 1\nlínea 2\tcon tabulador")]
    [InlineData("windows\r\nlines", "windows\nlines")]
    [InlineData("old\rmac", "old\nmac")]
    public void Clean_TabsAndNewlines_Stay(string text, string expected)
    {
        Assert.Equal(expected, TextSanitizer.Clean(text));
    }

    [Theory]
    [InlineData("Buenos días, ¿en qué le puedo ayudar? 😊 ñandú")]
    [InlineData("مرحبا بالعالم")]
    [InlineData("")]
    [InlineData(null)]
    public void Clean_VisibleText_IsReturnedUnchanged(string? text)
    {
        Assert.Same(text, TextSanitizer.Clean(text));
    }

    [Fact]
    public void Clean_UnpairedSurrogates_AreDropped()
    {
        Assert.Equal("ab", TextSanitizer.Clean("a\uD800b"));
        Assert.Equal("ab", TextSanitizer.Clean("a\uDC00b"));
        Assert.Equal("a😊", TextSanitizer.Clean("a😊\uD83D"));
    }

    [Fact]
    public void Clean_Value_CleansEveryStringAtAnyDepthAndKeepsTheRest()
    {
        using var document = JsonDocument.Parse("""
            {"verb":"review","draft":"Hola\u202E señora","nested":{"list":["a\u200Bb",1,true,null,{"x":"\u2066y"}]},"n\u200Bame":3.5}
            """);

        var cleaned = TextSanitizer.Clean(document.RootElement);

        Assert.Equal(
            """{"verb":"review","draft":"Hola se\u00F1ora","nested":{"list":["ab",1,true,null,{"x":"y"}]},"n\u200Bame":3.5}""",
            cleaned?.GetRawText());
    }

    [Fact]
    public void Clean_ValueWithNothingToRemove_IsReturnedAsIs()
    {
        using var document = JsonDocument.Parse("""{"done":true,"step":"greeting"}""");

        var cleaned = TextSanitizer.Clean(document.RootElement);

        Assert.Equal(document.RootElement.GetRawText(), cleaned?.GetRawText());
        Assert.Null(TextSanitizer.Clean((JsonElement?)null));
    }

    [Fact]
    public void Clean_StringValue_IsCleanedToo()
    {
        using var document = JsonDocument.Parse("\"a\\u202Eb\"");

        Assert.Equal("ab", TextSanitizer.Clean(document.RootElement)?.GetString());
    }
}
