using ServiceBot.Understanding;
using ServiceBot.Content.Loading;
using ServiceBot.Content.Model;
using ServiceBot.Tests.Content;
using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.Understanding;

public sealed class TemperamentRecognizerTests
{
    [Theory]
    [InlineData("el cliente está de malas", Temperament.Upset)]
    [InlineData("ESTA DE MALAS", Temperament.Upset)]
    [InlineData("la señora anda malhumorafa", Temperament.Upset)]
    [InlineData("es muy bromista", Temperament.Jovial)]
    [InlineData("viene de buen humor", Temperament.Jovial)]
    [InlineData("un señor muy serio", Temperament.Serious)]
    [InlineData("anda sin tiempo", Temperament.Hurried)]
    [InlineData("she is grumpy today", Temperament.Upset)]
    [InlineData("a cheerful lady", Temperament.Jovial)]
    [InlineData("he's pressed for time", Temperament.Hurried)]
    public void Recognize_MoodInTheAgentsWords(string text, Temperament expected) =>
        Assert.Equal(expected, TemperamentRecognizer.Recognize(text, RealContent.Current));

    [Theory]
    [InlineData("")]
    [InlineData("hola")]
    [InlineData("el pedido llega el martes")]
    [InlineData("de")]
    public void Recognize_NoMood_IsNull(string text) =>
        Assert.Null(TemperamentRecognizer.Recognize(text, RealContent.Current));

    [Fact]
    public async Task Recognize_AfterAnEdit_UsesTheNewSnapshotsWords()
    {
        using var folder = new TempContentFolder();
        folder.Replace("texts/ui.yaml", "es: [sin tiempo,", "es: [volando, sin tiempo,");
        var edited = (await new ContentLoader(TimeProvider.System).LoadAsync(folder.Path)).Snapshot!;

        Assert.Null(TemperamentRecognizer.Recognize("el cliente va volando", RealContent.Current));
        Assert.Equal(Temperament.Hurried, TemperamentRecognizer.Recognize("el cliente va volando", edited));
        Assert.Null(TemperamentRecognizer.Recognize("el cliente va volando", RealContent.Current));
    }

    [Fact]
    public void ShippedContent_EveryMoodWordCanBeReached()
    {
        // A mood word that contains a playbook trigger opens the playbook instead, and one that is a command's
        // keyword runs the command: either way the agent never gets the mood it typed.
        var content = RealContent.Current;
        var unreachable =
            from entry in content.Ui.Temperaments
            from word in entry.Value.Es.Concat(entry.Value.En)
            let playbook = PlaybookDetector.Detect(word, content)
            let command = CommandRecognizer.Recognize(word, content)
            where playbook is not null || command is not null || TemperamentRecognizer.Recognize(word, content) != entry.Key
            select $"{entry.Key}: '{word}' → {playbook?.Id ?? command?.CommandId ?? TemperamentRecognizer.Recognize(word, content)?.ToString()}";

        Assert.Empty(unreachable);
    }
}
