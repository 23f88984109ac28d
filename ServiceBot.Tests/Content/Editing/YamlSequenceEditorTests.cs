using ServiceBot.Content.Editing;

namespace ServiceBot.Tests.Content.Editing;

public sealed class YamlSequenceEditorTests
{
    private const string Block = "# examples\ncommands:\n  help:\n    es:\n      - ayuda   # the menu\n      - \"¿qué hago?\"\n    en:\n      - help\n";

    [Fact]
    public void Append_ToABlockList_AddsOneLineIndentedLikeTheLast_AndNothingElseChanges()
    {
        var changed = YamlSequenceEditor.Append(Block, ["commands", "help", "es"], "no sé qué hacer");

        Assert.Equal(Block.Replace("      - \"¿qué hago?\"\n", "      - \"¿qué hago?\"\n      - no sé qué hacer\n", StringComparison.Ordinal), changed);
        Assert.Equal(["ayuda", "¿qué hago?", "no sé qué hacer"], YamlSequenceEditor.Items(changed, ["commands", "help", "es"]));
    }

    [Fact]
    public void Append_AfterAnItemWithAComment_KeepsTheComment()
    {
        var yaml = "other:\n  es:\n    - hola   # greeting\n";

        var changed = YamlSequenceEditor.Append(yaml, ["other", "es"], "qué onda");

        Assert.Equal("other:\n  es:\n    - hola   # greeting\n    - qué onda\n", changed);
    }

    [Fact]
    public void Append_AtTheEndOfAFileWithoutNewline_AndWithCrLf()
    {
        Assert.Equal("a:\n  - x\n  - y", YamlSequenceEditor.Append("a:\n  - x", ["a"], "y"));
        Assert.Equal("a:\r\n  - x\r\n  - y\r\nb: 1\r\n", YamlSequenceEditor.Append("a:\r\n  - x\r\nb: 1\r\n", ["a"], "y"));
    }

    [Fact]
    public void Append_ToAFlowList_AddsAnElement_QuotingWhatWouldBreakIt()
    {
        var yaml = "moments:\n  greeting:\n    es: [saludar, saludo]\n";

        var plain = YamlSequenceEditor.Append(yaml, ["moments", "greeting", "es"], "dar la bienvenida");
        var comma = YamlSequenceEditor.Append(yaml, ["moments", "greeting", "es"], "hola, buenas");

        Assert.Equal("moments:\n  greeting:\n    es: [saludar, saludo, dar la bienvenida]\n", plain);
        Assert.Equal(["saludar", "saludo", "hola, buenas"], YamlSequenceEditor.Items(comma, ["moments", "greeting", "es"]));
    }

    [Theory]
    [InlineData("no")]
    [InlineData("ok: sí")]
    [InlineData("- menos")]
    [InlineData("50")]
    public void Append_TextThatYamlWouldReadOtherwise_IsQuoted_AndReadsBackTheSame(string text)
    {
        var changed = YamlSequenceEditor.Append(Block, ["commands", "help", "en"], text);

        Assert.Equal(["help", text], YamlSequenceEditor.Items(changed, ["commands", "help", "en"]));
    }

    [Fact]
    public void Append_WhereThereIsNoList_SaysSo()
    {
        Assert.Throws<KeyNotFoundException>(() => YamlSequenceEditor.Append(Block, ["commands", "nope", "es"], "x"));
        Assert.Throws<KeyNotFoundException>(() => YamlSequenceEditor.Append(Block, ["commands", "help"], "x"));
    }
}
