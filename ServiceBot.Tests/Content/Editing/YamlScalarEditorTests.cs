using ServiceBot.Content.Editing;

namespace ServiceBot.Tests.Content.Editing;

public class YamlScalarEditorTests
{
    private const string Yaml = """
        # a comment that must stay
        texts:
          menu.help:
            es: Ayuda   # trailing comment
            en: "Help"
        phrases:
          - id: one
            text:
              es: Hola
          - id: two
            text:
              es: Buenas
        """;

    [Fact]
    public void Replace_ATextByKeys_ChangesOnlyThatScalar()
    {
        var edited = YamlScalarEditor.Replace(Yaml, ["texts", "menu.help", "es"], "Ayuda, por favor");

        Assert.Equal(Yaml.Replace("es: Ayuda   #", "es: Ayuda, por favor   #", StringComparison.Ordinal), edited);
    }

    [Fact]
    public void Replace_ASequenceItemById_FindsTheItem()
    {
        var edited = YamlScalarEditor.Replace(Yaml, ["phrases", "two", "text", "es"], "Buenas tardes");

        Assert.Equal("Buenas tardes", YamlScalarEditor.Read(edited, ["phrases", "two", "text", "es"]));
        Assert.Equal("Hola", YamlScalarEditor.Read(edited, ["phrases", "one", "text", "es"]));
    }

    [Theory]
    [InlineData("Diga: \"gracias\"")]
    [InlineData("# no es comentario")]
    [InlineData("- no es lista")]
    [InlineData("true")]
    [InlineData("línea uno\nlínea dos")]
    [InlineData("termina en espacio ")]
    public void Replace_TextThatPlainYamlWouldChange_IsQuotedAndReadsBackTheSame(string value)
    {
        var edited = YamlScalarEditor.Replace(Yaml, ["texts", "menu.help", "es"], value);

        Assert.Equal(value, YamlScalarEditor.Read(edited, ["texts", "menu.help", "es"]));
        Assert.Contains("# a comment that must stay", edited, StringComparison.Ordinal);
    }

    [Fact]
    public void Replace_KeepsAByteOrderMark()
    {
        var edited = YamlScalarEditor.Replace("\uFEFF" + Yaml, ["texts", "menu.help", "en"], "Help me");

        Assert.StartsWith("\uFEFF# a comment", edited, StringComparison.Ordinal);
        Assert.Contains("en: \"Help me\"", edited, StringComparison.Ordinal);
    }

    [Fact]
    public void Replace_NoSuchPath_Throws()
    {
        Assert.Throws<KeyNotFoundException>(() => YamlScalarEditor.Replace(Yaml, ["texts", "menu.nothing", "es"], "x"));
    }
}
