using ServiceBot.Content.Model;
using ServiceBot.Tests.Fixtures;
using ServiceBot.Understanding;

namespace ServiceBot.Tests.Understanding;

/// <summary>The recogniser's rules over the shipped content: exact words first, draft requests, answers at an open question.</summary>
public sealed class UnderstanderTests
{
    private static Understood Understand(string text, PromptKind prompt = PromptKind.None, bool serviceOpen = false) =>
        Understander.Understand(text, new UnderstandingContext(prompt, serviceOpen), RealContent.Current);

    [Theory]
    [InlineData("ayuda", "help")]
    [InlineData("AYUDA", "help")]
    [InlineData("nueva atencion", "new-service")]
    [InlineData("Nueva Atención", "new-service")]
    [InlineData("llamar al supervisr", "call-supervisor")]
    [InlineData("new service", "new-service")]
    [InlineData("de tú", "register-tu")]
    [InlineData("Ya lo estoy atendiendo", "customer-served")]
    [InlineData("Revisar mensaje", "review-draft")]
    [InlineData("Otras frases", "more-phrases")]
    public void Understand_AKeywordOrAButtonsLabelAlone_IsTheCommand(string text, string command)
    {
        var understood = Understand(text);

        Assert.Equal((Intent.Command(command), UnderstandingDecision.Act, UnderstoodBy.ExactWords, null), (understood.Intent, understood.Decision, understood.By, understood.Draft));
    }

    [Theory]
    [InlineData("revisar: no se puede, es su problema", "no se puede, es su problema")]
    [InlineData("Revisar no se puede, es su problema", "no se puede, es su problema")]
    [InlineData("revisa, Hola. ¿En qué le ayudo?", "Hola. ¿En qué le ayudo?")]
    [InlineData("review WE CANNOT DO THAT", "WE CANNOT DO THAT")]
    [InlineData("revisa este mensaje: NO HAY SISTEMA, REGRESE MAÑANA", "NO HAY SISTEMA, REGRESE MAÑANA")]
    [InlineData("check my reply: WE CAN'T DO THAT", "WE CAN'T DO THAT")]
    [InlineData("me revisas esto porfa:\nBuenas tardes, ya quedó su trámite", "Buenas tardes, ya quedó su trámite")]
    [InlineData("revisa este mensaje Hola, tu pedido llega el martes", "Hola, tu pedido llega el martes")]
    [InlineData("checa si esta bien: NO SE PUEDE, ES POLITICA", "NO SE PUEDE, ES POLITICA")]
    [InlineData("¿está bien redactado? Buenas tardes, Su Pedido llega el lunes", "Buenas tardes, Su Pedido llega el lunes")]
    [InlineData("does this sound ok? We can't refund you", "We can't refund you")]
    [InlineData("¿está bien redactado esto? Le informo que su pedido llega el lunes", "Le informo que su pedido llega el lunes")]
    [InlineData("revisa esto ¿ya le llegó su pedido? Saludos", "¿ya le llegó su pedido? Saludos")]
    public void Understand_RequestWordsThenADraft_ReviewsTheDraftAsTyped(string text, string draft)
    {
        var understood = Understand(text);

        Assert.Equal((Intent.Command("review-draft"), UnderstandingDecision.Act, draft), (understood.Intent, understood.Decision, understood.Draft));
    }

    [Theory]
    [InlineData("tienes más opciones? esas ya las usé")]
    [InlineData("¿me ayudas? llegó otra persona y sigo con un cliente")]
    public void Understand_AQuestionThatIsNotAReviewRequest_IsNotSplitIntoADraft(string text) =>
        Assert.Null(DraftRequestReader.Read(text, UnderstandingModels.For(RealContent.Current)));

    [Theory]
    [InlineData("llegó una señora", false, "new-service")]
    [InlineData("llegó una señora", true, "another-customer")]
    [InlineData("someone just walked in", false, "new-service")]
    [InlineData("someone just walked in", true, "another-customer")]
    public void Understand_SomeoneArriving_StartsAServiceOrIsAnotherCustomer(string text, bool serviceOpen, string command) =>
        Assert.Equal(Intent.Command(command), Understand(text, serviceOpen: serviceOpen).Intent);

    [Fact]
    public void Understand_SomeoneWaitingInLine_IsAnotherCustomerNotTheImpatientPlaybook()
    {
        var understood = Understand("hay una señora esperando", serviceOpen: true);

        Assert.Equal((Intent.Command("another-customer"), UnderstandingDecision.Act), (understood.Intent, understood.Decision));
    }

    [Theory]
    [InlineData("¿cómo me despido?", Moment.Farewell)]
    [InlineData("qué le digo para saludarlo", Moment.Greeting)]
    [InlineData("Despedida", Moment.Farewell)]
    public void Understand_AskingForPhrases_PicksOutTheMoment(string text, Moment moment)
    {
        var understood = Understand(text);

        Assert.Equal((Intent.Command("phrases"), UnderstandingDecision.Act, moment), (understood.Intent, understood.Decision, understood.Moment));
    }

    [Theory]
    [InlineData("el cliente está de malas", Temperament.Upset)]
    [InlineData("ESTA DE MALAS", Temperament.Upset)]
    [InlineData("es muy bromista", Temperament.Jovial)]
    [InlineData("viene de buen humor", Temperament.Jovial)]
    [InlineData("un señor muy serio", Temperament.Serious)]
    [InlineData("anda sin tiempo", Temperament.Hurried)]
    [InlineData("she is grumpy today", Temperament.Upset)]
    [InlineData("a cheerful lady", Temperament.Jovial)]
    [InlineData("he's pressed for time", Temperament.Hurried)]
    public void Understand_AMoodInTheAgentsWords_SetsTheMood(string text, Temperament mood) =>
        Assert.Equal((Intent.Mood(mood), UnderstandingDecision.Act), (Understand(text).Intent, Understand(text).Decision));

    [Fact]
    public void ShippedContent_EveryMoodWordReachesItsMood()
    {
        var content = RealContent.Current;
        var unreachable =
            from entry in content.Ui.Temperaments
            from word in entry.Value.Es.Concat(entry.Value.En)
            let understood = Understand(word)
            where understood.Intent != Intent.Mood(entry.Key) || understood.Decision != UnderstandingDecision.Act
            select $"{entry.Key}: '{word}' → {understood.Intent} ({understood.Decision})";

        Assert.Empty(unreachable);
    }

    [Fact]
    public void ShippedContent_EveryPlaybookTriggerOpensItsPlaybook()
    {
        var content = RealContent.Current;
        var unreachable =
            from playbook in content.Playbooks
            from word in playbook.Triggers.Es.Concat(playbook.Triggers.En)
            let understood = Understand(word)
            where understood.Intent != Intent.Playbook(playbook.Id) || understood.Decision != UnderstandingDecision.Act
            select $"{playbook.Id}: '{word}' → {understood.Intent} ({understood.Decision})";

        Assert.Empty(unreachable);
    }

    [Fact]
    public void Understand_AtTheMoodQuestion_AnUpsetSentenceSetsTheMoodAndOpensNoPlaybook()
    {
        var understood = Understand("viene bien enojado", PromptKind.Mood, serviceOpen: true);

        Assert.Equal((Intent.Mood(Temperament.Upset), UnderstandingDecision.Act, false), (understood.Intent, understood.Decision, understood.LeavesPrompt));
    }

    [Fact]
    public void Understand_AtTheMoodQuestion_AFuriousCustomerOpensThePlaybookAndRecordsTheMood()
    {
        var understood = Understand("el cliente está furioso", PromptKind.Mood, serviceOpen: true);

        Assert.Equal((Intent.Playbook("angry"), Temperament.Upset, true), (understood.Intent, understood.Mood, understood.LeavesPrompt));
    }

    [Theory]
    [InlineData("sí, claro", PromptAnswer.Yes)]
    [InlineData("simón", PromptAnswer.Yes)]
    [InlineData("nel", PromptAnswer.No)]
    [InlineData("mmm no sé", PromptAnswer.Unsure)]
    public void Understand_AtAYesNoQuestion_ReadsTheAnswer(string text, PromptAnswer answer) =>
        Assert.Equal(Intent.Answer(answer), Understand(text, PromptKind.YesNo).Intent);

    [Theory]
    [InlineData("cancelar", PromptKind.YesNo, "cancel")]
    [InlineData("cancelar", PromptKind.Draft, "cancel")]
    [InlineData("llegó otro cliente", PromptKind.Draft, "another-customer")]
    [InlineData("never mind", PromptKind.PlaybookChoice, "cancel")]
    [InlineData("llama al supervisor", PromptKind.PlaybookStep, "call-supervisor")]
    [InlineData("cancelar", PromptKind.Rating, "cancel")]
    public void Understand_AClearCommandAtAQuestion_LeavesIt(string text, PromptKind prompt, string command)
    {
        var understood = Understand(text, prompt, serviceOpen: true);

        Assert.Equal((Intent.Command(command), UnderstandingDecision.Act, true), (understood.Intent, understood.Decision, understood.LeavesPrompt));
    }

    [Theory]
    [InlineData("Buenas tardes, con gusto le ayudo.")]
    [InlineData("Hola")]
    [InlineData("no se puede, es su problema")]
    public void Understand_InTheDraftBox_TheMessageIsTheDraft(string text)
    {
        var understood = Understand(text, PromptKind.Draft);

        Assert.Equal((Intent.Command("review-draft"), text, false), (understood.Intent, understood.Draft, understood.LeavesPrompt));
    }

    [Theory]
    [InlineData("2", "chronic-complainer")]
    [InlineData("el tercero", "demanding")]
    [InlineData("apurado", "impatient")]
    [InlineData("uno que se queja de todo", "chronic-complainer")]
    [InlineData("me está insultando", "rude")]
    public void Understand_AtThePlaybookChooser_PicksTheType(string text, string playbook) =>
        Assert.Equal(Intent.Playbook(playbook), Understand(text, PromptKind.PlaybookChoice).Intent);

    [Theory]
    [InlineData("le pongo un 4", 4)]
    [InlineData("cinco estrellas", 5)]
    [InlineData("4 points", 4)]
    public void Understand_AtARating_ReadsTheNumber(string text, int number)
    {
        var understood = Understand(text, PromptKind.Rating);

        Assert.Equal((Intent.Number, number), (understood.Intent, understood.Number));
    }

    [Theory]
    [InlineData("asdfgh")]
    [InlineData("gracias!")]
    [InlineData("sí")]
    public void Understand_NothingForTheBot_IsNotActedOn(string text) =>
        Assert.NotEqual(UnderstandingDecision.Act, Understand(text).Decision);

    [Fact]
    public void Understand_EmptyText_IsNothing() => Assert.Same(Understood.Nothing, Understand("  "));

    [Fact]
    public void Understand_BelowTheActThreshold_OffersTheLikeliestActionsInOrder()
    {
        var content = RealContent.Current;
        var cautious = new UnderstandingModel(content, UnderstandingModels.For(content).Classifier,
            UnderstandingThresholds.Default with { Act = 1.01f, ActOnPlaybook = 1.01f, Corroborated = 1.01f });

        var understood = Understander.Understand("el cliente está furioso", UnderstandingContext.None, cautious);

        Assert.Equal(UnderstandingDecision.Clarify, understood.Decision);
        Assert.Equal(Intent.Playbook("angry"), understood.Alternatives[0].Intent);
        Assert.InRange(understood.Alternatives.Count, 1, 3);
        Assert.All(understood.Alternatives, option => Assert.True(option.Intent.IsAction || option.Intent.Kind == IntentKind.Draft));
        Assert.Equal(understood.Alternatives.OrderByDescending(o => o.Probability), understood.Alternatives);
    }

    [Theory]
    [InlineData("new-service")]
    [InlineData("playbook.angry")]
    [InlineData("mood.upset")]
    [InlineData("channel.in-person")]
    [InlineData("answer.yes")]
    [InlineData("answer.number")]
    [InlineData("arrival")]
    [InlineData("other")]
    public void Intent_RoundTripsThroughItsName(string name)
    {
        Assert.True(Intent.TryParse(name, out var intent));
        Assert.Equal(name, intent.ToString());
    }

    [Theory]
    [InlineData("mood.grumpy")]
    [InlineData("answer.99")]
    [InlineData("playbook.")]
    [InlineData("")]
    public void Intent_UnknownNames_DoNotParse(string name) => Assert.False(Intent.TryParse(name, out _));
}
