using ServiceBot.Content.Loading;
using ServiceBot.Content.Model;
using ServiceBot.Tests.Content;

namespace ServiceBot.Tests.Understanding;

/// <summary>dialogs/understanding/ is checked like the rest of the content, with file:line errors.</summary>
public sealed class UnderstandingContentTests
{
    private static ContentLoader Loader() => new(TimeProvider.System);

    [Fact]
    public async Task Load_AnUtteranceTaughtAsTwoThings_IsRejectedAtBothPlaces()
    {
        using var folder = new TempContentFolder();
        folder.Replace("understanding/customers.yaml", "      - anda de malas\n", "      - anda de malas\n      - furioso\n");
        var line = folder.Read("understanding/customers.yaml").Split('\n').ToList().FindIndex(l => l == "      - furioso") + 1;

        var result = await Loader().LoadAsync(folder.Path);

        var error = Assert.Single(result.Errors);
        Assert.Equal(("understanding/customers.yaml", line, 9), (error.File, error.Line, error.Column));
        Assert.Contains("'furioso' is taught as the mood 'upset' here and as the playbook 'angry' at playbooks/angry.yaml:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_ExamplesForAnUnknownCommand_AreRejectedWithTheKnownOnes()
    {
        using var folder = new TempContentFolder();
        folder.Replace("understanding/commands.yaml", "  more-phrases:\n", "  mor-phrases:\n");

        var result = await Loader().LoadAsync(folder.Path);

        var error = Assert.Single(result.Errors);
        Assert.Equal("understanding/commands.yaml", error.File);
        Assert.StartsWith("unknown command 'mor-phrases': examples can be given for ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_NoExamplesForAnAnswer_IsRejected()
    {
        using var folder = new TempContentFolder();
        var text = folder.Read("understanding/answers.yaml");
        var start = text.IndexOf("  unsure:\n", StringComparison.Ordinal);
        var end = text.IndexOf("  next:\n", StringComparison.Ordinal);
        folder.Write("understanding/answers.yaml", text[..start] + text[end..]);

        var result = await Loader().LoadAsync(folder.Path);

        Assert.Equal("no examples for answers.unsure: add them to a file of understanding examples (such as understanding/answers.yaml)", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task Load_ExamplesInSeveralFiles_AddUp()
    {
        using var folder = new TempContentFolder();
        folder.Write("understanding/regional.yaml", """
            # yaml-language-server: $schema=../schema/understanding.schema.json
            moods:
              hurried:
                es: [anda en friega]
                en: [in a mad dash]
            """);

        var result = await Loader().LoadAsync(folder.Path);

        var hurried = result.Snapshot!.Understanding.Moods[Temperament.Hurried];
        Assert.Contains("anda en friega", hurried.Es);
        Assert.Contains("tiene prisa", hurried.Es);
        Assert.Contains("in a mad dash", hurried.En);
    }
}
