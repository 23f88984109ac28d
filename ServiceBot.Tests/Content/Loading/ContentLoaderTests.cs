using ServiceBot.Content;
using ServiceBot.Content.Loading;
using ServiceBot.Content.Model;

namespace ServiceBot.Tests.Content.Loading;

public class ContentLoaderTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 14, 9, 30, 0, TimeSpan.Zero);

    private static ContentLoader CreateSut() => new(new FixedTimeProvider(Now));

    [Fact]
    public async Task Load_RealDialogs_HasNoErrors()
    {
        var result = await CreateSut().LoadAsync(ContentFolders.RealDialogs);

        Assert.Empty(result.Errors.Select(error => error.ToString()));
        Assert.NotNull(result.Snapshot);
        Assert.Equal(Now, result.Snapshot.Version.LoadedAt);
        Assert.Matches("^[0-9a-f]{12}$", result.Snapshot.Version.Hash);
    }

    public static TheoryData<string, string, int, int, string> BrokenFixtures => new()
    {
        { "syntax-error", "phrases/zz-syntax.yaml", 9, 15, "a text with ': ' in it must be in double quotes" },
        { "tab-indent", "phrases/zz-tabs.yaml", 7, 1, "tab used for indentation" },
        { "duplicate-id", "phrases/zz-duplicate.yaml", 5, 9, "duplicate phrase id 'greeting-morning-1' (first defined at phrases/greeting.yaml:" },
        { "broken-reference", "playbooks/zz-reference.yaml", 26, 22, "unknown phrase 'apologee-2': no phrase has this id; did you mean 'apology-2'?" },
        { "missing-language", "phrases/zz-language.yaml", 8, 7, "text has no English (en) version" },
        { "placeholder-mismatch", "texts/zz-placeholder.yaml", 7, 9, "placeholders differ between 'es' ({minutes}) and 'en' (none)" },
        { "gendered-words", "phrases/zz-gendered.yaml", 9, 11, "'{mismo|}' is neither a placeholder such as {name} nor gendered words written {masculine|feminine}" },
        { "no-schema-line", "phrases/zz-no-schema.yaml", 1, 1, "the file must start with a schema line: '# yaml-language-server: $schema=../schema/<kind>.schema.json'" },
        { "method-order", "playbooks/zz-method.yaml", 23, 17, "'resolve' is not a step of LAST (listen → apologize → solve → thank)" },
    };

    [Theory]
    [MemberData(nameof(BrokenFixtures))]
    public async Task Load_BrokenFixture_ReportsErrorAtFileAndLine(string fixture, string file, int line, int column, string message)
    {
        using var folder = new TempContentFolder(fixture);

        var result = await CreateSut().LoadAsync(folder.Path);

        Assert.Null(result.Snapshot);
        var error = Assert.Single(result.Errors, e => e.File == file && e.Message.Contains(message, StringComparison.Ordinal));
        Assert.Equal((line, column), (error.Line, error.Column));
    }

    [Fact]
    public async Task Load_SchemaViolations_ReportsEveryErrorAtItsLine()
    {
        using var folder = new TempContentFolder("schema-violation");

        var result = await CreateSut().LoadAsync(folder.Path);

        Assert.Equal(
            [
                "phrases/zz-schema.yaml:5:5: missing required property 'text'",
                "phrases/zz-schema.yaml:7:17: 'noon' is not allowed here; use one of: morning, afternoon, evening, any",
                "phrases/zz-schema.yaml:9:5: unknown property 'texto'",
                "phrases/zz-schema.yaml:12:9: 'Fixture_Bad_Id' is not a valid id: use lowercase letters, digits and hyphens (e.g. greeting-morning-1)",
            ],
            result.Errors.Select(error => error.ToString()));
    }

    [Fact]
    public async Task Load_MethodFixture_ReportsMissingLettersOfTheMethod()
    {
        using var folder = new TempContentFolder("method-order");

        var result = await CreateSut().LoadAsync(folder.Path);

        Assert.Contains(result.Errors, e => e.File == "playbooks/zz-method.yaml" && e.Line == 10
            && e.Message == "no step for solve, thank of LAST");
    }

    [Fact]
    public async Task Load_SyntaxErrorInOneKind_DoesNotReportItsIdsAsMissingElsewhere()
    {
        using var folder = new TempContentFolder();
        folder.Replace("protocol/foundations.yaml", "      es: El liderazgo de la alta gerencia es la base de la cadena.",
            "      es: Liderazgo: la base de la cadena.");

        var result = await CreateSut().LoadAsync(folder.Path);

        var error = Assert.Single(result.Errors);
        Assert.Equal("protocol/foundations.yaml", error.File);
        Assert.StartsWith("YAML syntax error", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_RequiredTextRemoved_ReportsTheMissingKey()
    {
        using var folder = new TempContentFolder();
        folder.Replace("texts/ui.yaml", "  menu.help:\n", "  menu.helpMe:\n");

        var result = await CreateSut().LoadAsync(folder.Path);

        Assert.Contains(result.Errors, e => e.File == "texts/ui.yaml" && e.Message == "missing text 'menu.help': the bot needs it");
        Assert.Contains(result.Errors, e => e.File == "texts/ui.yaml"
            && e.Message.StartsWith("unknown text 'menu.help': no text has this id; did you mean 'menu.helpMe'?", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Load_SecondSurveyFile_IsRejected()
    {
        using var folder = new TempContentFolder();
        folder.Write("survey/survey-copy.yaml", folder.Read("survey/survey.yaml"));

        var result = await CreateSut().LoadAsync(folder.Path);

        Assert.Contains(new ContentError("survey/survey.yaml", 1, 1,
            "there can be only one survey file; survey/survey-copy.yaml is one already"), result.Errors);
    }

    [Fact]
    public async Task Load_ScaleWithoutLabelForAValue_IsRejected()
    {
        using var folder = new TempContentFolder();
        folder.Replace("survey/survey.yaml", "      - value: 3\n        label:\n          es: Regular\n          en: Fair\n", string.Empty);

        var result = await CreateSut().LoadAsync(folder.Path);

        var error = Assert.Single(result.Errors);
        Assert.Equal(("survey/survey.yaml", "no label for 3"), (error.File, error.Message));
    }

    [Fact]
    public async Task Load_SatisfactionScaleTheDatabaseWouldRefuse_IsRejectedWithFileAndLine()
    {
        using var folder = new TempContentFolder();
        folder.Replace("survey/survey.yaml", "    max: 5\n", "    max: 6\n");
        folder.Replace("survey/survey.yaml", "          en: Excellent\n", "          en: Excellent\n      - value: 6\n        label:\n          es: Increíble\n          en: Amazing\n");

        var result = await CreateSut().LoadAsync(folder.Path);

        var error = Assert.Single(result.Errors);
        Assert.Equal("survey/survey.yaml", error.File);
        Assert.True(error.Line > 1);
        Assert.StartsWith("max of the satisfaction rating (CSAT counts 4 and 5) must be 5", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_EffortScaleOtherThanSevenPoints_IsRejected()
    {
        using var folder = new TempContentFolder();
        folder.Replace("survey/survey.yaml", "    max: 7\n", "    max: 6\n");
        folder.Replace("survey/survey.yaml", "      - value: 7\n        label:\n          es: Totalmente de acuerdo\n          en: Strongly agree\n", string.Empty);

        var result = await CreateSut().LoadAsync(folder.Path);

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("max of the effort question (CES: 1 strongly disagree, 7 strongly agree) must be 7", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_Survey_HasTheLinkLifetimeFromContent()
    {
        using var folder = new TempContentFolder();
        folder.Replace("survey/survey.yaml", "  expiresAfterHours: 72\n", "  expiresAfterHours: 24\n");

        var result = await CreateSut().LoadAsync(folder.Path);

        Assert.Equal(TimeSpan.FromHours(24), result.Snapshot!.Survey.LinkLifetime);
    }

    [Fact]
    public async Task Load_MissingFolder_ReportsIt()
    {
        var result = await CreateSut().LoadAsync(Path.Combine(Path.GetTempPath(), "no-such-content-" + Guid.NewGuid()));

        var error = Assert.Single(result.Errors);
        Assert.Equal(ContentError.FolderLevel, error.File);
        Assert.StartsWith("content folder not found", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_SameContentTwice_GivesTheSameHash_AndAnEditChangesIt()
    {
        using var folder = new TempContentFolder();
        var sut = CreateSut();

        var first = await sut.LoadAsync(folder.Path);
        var second = await sut.LoadAsync(folder.Path);
        folder.Replace("phrases/farewell.yaml", "Feliz noche; que descanse.", "Feliz noche; que descanse mucho.");
        var edited = await sut.LoadAsync(folder.Path);

        Assert.Equal(first.Snapshot!.Version.Hash, second.Snapshot!.Version.Hash);
        Assert.NotEqual(first.Snapshot.Version.Hash, edited.Snapshot!.Version.Hash);
    }

    [Fact]
    public async Task Load_UnknownTemperament_IsRejectedAtItsLine()
    {
        using var folder = new TempContentFolder();
        folder.Replace("texts/ui.yaml", "  hurried:\n    es: [apurado", "  grumpy:\n    es: [apurado");
        var line = folder.Read("texts/ui.yaml").Split('\n').ToList().FindIndex(l => l == "  grumpy:") + 1;

        var result = await CreateSut().LoadAsync(folder.Path);

        var error = Assert.Single(result.Errors);
        Assert.Equal(("texts/ui.yaml", line), (error.File, error.Line));
        Assert.Contains("grumpy", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_TemperamentKeywords_ReachTheModel()
    {
        using var folder = new TempContentFolder();
        folder.Replace("texts/ui.yaml", "es: [apurado,", "es: [volando, apurado,");

        var result = await CreateSut().LoadAsync(folder.Path);

        Assert.Contains("volando", result.Snapshot!.Ui.Temperaments[Temperament.Hurried].Es);
        Assert.Equal(
            [Temperament.Jovial, Temperament.Serious, Temperament.Upset, Temperament.Hurried],
            result.Snapshot.Ui.Temperaments.Keys.Order());
    }
}
