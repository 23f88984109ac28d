using ServiceBot.Content.Loading;
using ServiceBot.Content.Model;
using ServiceBot.Localization;

namespace ServiceBot.Tests.Content;

/// <summary>Every point of the two seed texts (shared/seeds) is present in the real dialogs/ content, in both languages.</summary>
public class ContentCoverageTests
{
    private static readonly Lazy<ContentSnapshot> Real = new(() =>
        new ContentLoader(TimeProvider.System).LoadAsync(ContentFolders.RealDialogs).GetAwaiter().GetResult().Snapshot
        ?? throw new InvalidOperationException("the real dialogs/ content does not validate"));

    private static ContentSnapshot Content => Real.Value;

    /// <summary>"Técnicas de servicio" (000): courtesy in every contact, the service-profit chain, word of mouth, loyalty, touchpoints.</summary>
    public static TheoryData<string> ServiceTechniquesPoints => new()
    {
        "service-techniques", "attitudes-into-actions",
        "chain-leadership", "chain-internal-quality", "chain-employee-satisfaction", "chain-employee-loyalty",
        "chain-productivity", "chain-service-value", "chain-customer-satisfaction", "chain-customer-loyalty", "chain-profit",
        "satisfied-customer-returns", "dissatisfied-customer-tells", "avoid-bad-service", "loyalty", "every-touchpoint",
    };

    /// <summary>"Protocolo servicio al cliente" (004): definitions and every protocol rule.</summary>
    public static TheoryData<string> ProtocolPoints => new()
    {
        "customer", "customer-service", "external-customer", "internal-customer",
        "timely-attention", "kindness", "never-ignore", "immediate-attention", "courtesy-first", "eye-contact",
        "personal-image", "tone-of-voice", "pleasant-expressions",
    };

    [Theory]
    [MemberData(nameof(ServiceTechniquesPoints))]
    [MemberData(nameof(ProtocolPoints))]
    public void SeedPoint_IsInTheContent(string id) => Assert.Contains(id, Content.AllIds);

    [Fact]
    public void ServiceProfitChain_IsInOrder_FromLeadershipToProfit()
    {
        var chain = Content.Foundations.Where(item => item.Group == FoundationGroup.ServiceProfitChain).Select(item => item.Id);

        Assert.Equal(
            ["chain-leadership", "chain-internal-quality", "chain-employee-satisfaction", "chain-employee-loyalty", "chain-productivity",
             "chain-service-value", "chain-customer-satisfaction", "chain-customer-loyalty", "chain-profit"],
            chain);
    }

    [Fact]
    public void WordOfMouth_SaysNineToTwentyPeople() =>
        Assert.Contains("9", Content.FoundationsById["dissatisfied-customer-tells"].Text.Es, StringComparison.Ordinal);

    [Theory]
    [InlineData("buenos días")]
    [InlineData("a sus órdenes")]
    [InlineData("muchas gracias")]
    [InlineData("para servirle")]
    [InlineData("con gusto")]
    [InlineData("feliz tarde")]
    [InlineData("enseguida estoy con usted")]
    [InlineData("pronto estaremos con usted")]
    [InlineData("tome asiento")]
    public void SeedExpression_IsAPhrase(string expression) =>
        Assert.Contains(Content.Phrases.All, phrase => phrase.Text.Es.Contains(expression, StringComparison.OrdinalIgnoreCase));

    [Fact]
    public void PleasantExpressions_CoverJovialAndSeriousCustomers()
    {
        Assert.NotEmpty(Content.Phrases.Find(new PhraseQuery(Moment.Greeting) { Temperament = Temperament.Jovial, Step = "pleasant-expressions" }));
        Assert.NotEmpty(Content.Phrases.Find(new PhraseQuery(Moment.Greeting) { Temperament = Temperament.Serious, Step = "pleasant-expressions" }));
    }

    [Theory]
    [InlineData(TimeOfDay.Morning)]
    [InlineData(TimeOfDay.Afternoon)]
    [InlineData(TimeOfDay.Evening)]
    public void Greetings_HaveAtLeastThreeVariantsPerTimeOfDayAndRegister(TimeOfDay timeOfDay)
    {
        foreach (var register in new[] { Register.Usted, Register.Tu })
        {
            var exact = Content.Phrases.Find(new PhraseQuery(Moment.Greeting) { TimeOfDay = timeOfDay, Register = register, Channel = Channel.InPerson })
                .Count(phrase => phrase.TimesOfDay.Contains(timeOfDay));
            Assert.True(exact >= 3, $"{timeOfDay} {register}: {exact} greeting(s)");
        }
    }

    [Theory]
    [InlineData("angry", PlaybookMethod.Heard)]
    [InlineData("impatient", PlaybookMethod.Last)]
    [InlineData("demanding", PlaybookMethod.Least)]
    [InlineData("indecisive", PlaybookMethod.Last)]
    [InlineData("rude", PlaybookMethod.Heard)]
    [InlineData("chronic-complainer", PlaybookMethod.Least)]
    [InlineData("talkative", PlaybookMethod.Last)]
    public void Playbook_ExistsForEachDifficultType_FollowingItsMethod(string type, PlaybookMethod method)
    {
        var playbook = Content.PlaybooksById[type];

        Assert.Equal(method, playbook.Method);
        Assert.Equal(PlaybookMethods.StepsOf(method), playbook.Steps.Select(step => step.MethodStep).Distinct());
        Assert.All(playbook.Steps, step => Assert.True(step.Say.Count > 0 && step.Avoid.Count > 0, step.Id));
        Assert.NotEmpty(playbook.Triggers.Es);
        Assert.NotEmpty(playbook.Triggers.En);
    }

    [Fact]
    public void DraftReview_CoversGreetingThanksClosingRegisterToneAndCaps()
    {
        var draft = Content.DraftReview;

        Assert.Equal([DraftPart.Greeting, DraftPart.Thanks, DraftPart.Closing], draft.Presence.Select(rule => rule.Part));
        Assert.Equal([ToneCategory.Blaming, ToneCategory.Cold, ToneCategory.Negative], draft.Tone.Select(rule => rule.Category).Distinct());
        Assert.NotEmpty(draft.Register.UstedMarkers);
        Assert.NotEmpty(draft.Register.TuMarkers);
        Assert.InRange(draft.Caps.MaxUppercaseRatio, 0.1, 1);
    }

    [Fact]
    public void Survey_HasAOneToFiveRating_TheProtocolAspects_AComment_AndTheEffortQuestion()
    {
        var survey = Content.Survey;

        Assert.Equal((1, 5), (survey.Rating.Scale.Min, survey.Rating.Scale.Max));
        Assert.Equal(5, survey.Rating.Scale.Labels.Count);
        Assert.Contains(survey.Aspects.Options, aspect => aspect.Id == "kindness");
        Assert.All(survey.Aspects.Options, aspect => Assert.NotEmpty(aspect.Steps));
        Assert.True(survey.Comment.MaxLength > 0);
        Assert.NotNull(survey.Effort);
    }

    [Fact]
    public void EveryTextKey_IsInTheContent()
    {
        var keys = typeof(TextKeys).GetFields().Select(field => (string)field.GetRawConstantValue()!);

        Assert.All(keys, key => Assert.True(Content.Ui.Find(key) is not null, key));
    }

    [Fact]
    public void BothLanguages_AreCompleteForEveryText()
    {
        var texts = Content.Protocol.SelectMany(step => new[] { step.Title, step.Checklist, step.Purpose, step.Tip }.Concat(step.Do))
            .Concat(Content.Foundations.SelectMany(item => new[] { item.Title, item.Text }))
            .Concat(Content.Phrases.All.Select(phrase => phrase.Text))
            .Concat(Content.Playbooks.SelectMany(playbook => new[] { playbook.Title, playbook.Summary }
                .Concat(playbook.Steps.SelectMany(step => new[] { step.Title, step.Do }.Concat(step.Avoid)))))
            .Concat(Content.Ui.Texts.Values)
            .ToList();

        Assert.True(texts.Count > 300, $"{texts.Count} texts");
        Assert.All(texts, text =>
        {
            Assert.False(string.IsNullOrWhiteSpace(text.Es));
            Assert.False(string.IsNullOrWhiteSpace(text.En));
        });
    }
}
