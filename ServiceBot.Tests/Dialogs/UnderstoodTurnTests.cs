using System.Text.Json;
using ServiceBot.Cards;
using ServiceBot.Coaching;
using ServiceBot.Content.Model;
using ServiceBot.Dialogs;
using ServiceBot.Localization;
using ServiceBot.Storage;
using ServiceBot.Tests.Fixtures;
using ServiceBot.Understanding;

namespace ServiceBot.Tests.Dialogs;

/// <summary>How the coaching dialog acts on what the Understander reads, over the shipped content.</summary>
public sealed class UnderstoodTurnTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 15, 0, 0, TimeSpan.Zero);

    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public void NextTurn_NewService_AsksForTheMoodAndAnUpsetSentenceSetsIt()
    {
        var started = Run(CoachingState.Initial, null, Say("nueva atención"));
        var described = Run(started.State, started.Session, Say("viene bien enojado"));

        Assert.Equal(DialogFlows.Mood, started.State.Prompt?.Flow);
        Assert.Equal(Temperament.Upset, described.State.Temperament);
        Assert.Null(described.State.Prompt);
        Assert.Equal("upset", described.Session!.Temperament);
    }

    [Fact]
    public void NextTurn_AFuriousCustomerAtTheMoodQuestion_OpensThePlaybookAndRecordsTheMood()
    {
        var started = Run(CoachingState.Initial, null, Say("nueva atención"));
        var described = Run(started.State, started.Session, Say("el cliente está furioso"));

        Assert.Equal(DialogFlows.Playbook, described.State.Prompt?.Flow);
        Assert.Equal(Temperament.Upset, described.State.Temperament);
        Assert.Equal("upset", described.Session!.Temperament);
    }

    [Fact]
    public void NextTurn_SomeoneWaitingInLine_IsTheNeverIgnoreFlowNotTheImpatientPlaybook()
    {
        var started = Run(CoachingState.Initial, null, Say("nueva atención"));
        var waiting = Run(started.State, started.Session, Say("hay una señora esperando"));

        Assert.Single(waiting.Session!.WaitingCustomers);
        Assert.IsType<ScheduleWaitingReminders>(Assert.Single(waiting.Effects));
        Assert.NotEqual(DialogFlows.Playbook, waiting.State.Prompt?.Flow);
    }

    [Fact]
    public void NextTurn_TheWaitingButtonsLabelTyped_RecordsTheWait()
    {
        var arrived = Run(CoachingState.Initial, null, Say("llegó otro cliente"));
        var served = Run(arrived.State, arrived.Session, Say("Ya lo estoy atendiendo"), Now.AddMinutes(3));

        Assert.Equal(Now.AddMinutes(3), served.Session!.WaitingCustomers[0].AttendedAt);
        Assert.Equal(new CancelWaitingReminders(arrived.Session!.Id, 0), Assert.Single(served.Effects));
    }

    [Fact]
    public void NextTurn_AnOpenDraftBox_LetsAClearCommandThroughAndCloses()
    {
        var box = Run(CoachingState.Initial, null, Tap(CoachingVerbs.ReviewDraft));
        var arrived = Run(box.State, box.Session, Say("llegó otro cliente"));

        Assert.Equal(DialogFlows.Draft, box.State.Prompt?.Flow);
        Assert.Single(arrived.Session!.WaitingCustomers);
        Assert.Null(arrived.State.Prompt);
    }

    [Fact]
    public void NextTurn_RequestWordsBeforeTheColon_ReviewOnlyTheDraftAndSeeItsCapitals()
    {
        var reviewed = Run(CoachingState.Initial, null, Say("revisa este mensaje: NO HAY SISTEMA, REGRESE MAÑANA"));

        var card = Strings(reviewed);
        Assert.Contains(Text(TextKeys.DraftTitle), card, StringComparison.Ordinal);
        Assert.Contains(RealContent.Current.DraftReview.Caps.Message.Es, card, StringComparison.Ordinal);
        Assert.DoesNotContain("revisa este mensaje", card, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void NextTurn_NeverMindAtTheChooser_Cancels()
    {
        var chooser = Run(CoachingState.Initial, null, Say("cliente difícil"));
        var cancelled = Run(chooser.State, chooser.Session, Say("never mind"));

        Assert.Null(cancelled.State.Prompt);
        Assert.Contains(cancelled.Replies, reply => reply.Text == Text(TextKeys.ConfirmCancelled));
    }

    [Fact]
    public void NextTurn_NothingForTheBot_AnswersWithTheMenuAndCountsTheMiss()
    {
        var outcome = Run(CoachingState.Initial, null, Say("asdfgh qwerty"));

        Assert.Contains(Text(TextKeys.ErrorUnknownCommand), Strings(outcome), StringComparison.Ordinal);
        Assert.Contains(outcome.Replies, reply => reply.Card is not null && Strings(outcome).Contains(Text(TextKeys.MenuTitle), StringComparison.Ordinal));
        var miss = Assert.IsType<RecordUnderstandingMiss>(Assert.Single(outcome.Effects)).Miss;
        Assert.Equal((UnderstandingMiss.NotUnderstood, "asdfgh qwerty"), (miss.Outcome, miss.Text));
    }

    [Fact]
    public void NextTurn_AQuestionAskedAgain_CountsTheMiss()
    {
        var chooser = Run(CoachingState.Initial, null, Say("cliente difícil"));
        var again = Run(chooser.State, chooser.Session, Say("zzz"));

        Assert.Equal(UnderstandingMiss.AskedAgain, Assert.IsType<RecordUnderstandingMiss>(Assert.Single(again.Effects)).Miss.Outcome);
        Assert.Equal(1, again.State.Prompt!.Retries);
    }

    [Fact]
    public void ClarifyCard_OffersEachOptionWithItsLabelAndSomethingElse()
    {
        var content = RealContent.Current;
        var texts = new CardTexts(content, Language.Spanish);
        var understood = new Understood
        {
            Intent = Intent.Playbook("angry"),
            Decision = UnderstandingDecision.Clarify,
            Confidence = 0.3f,
            By = UnderstoodBy.Classifier,
            Alternatives = [new(Intent.Playbook("angry"), 0.3f), new(Intent.Mood(Temperament.Upset), 0.25f), new(Intent.Command("phrases"), 0.1f)],
            Moment = Moment.Farewell,
        };

        var card = ClarifyCard.Create(texts, understood).ToJsonString(Relaxed);

        Assert.Contains(Text(TextKeys.UnderstandingDidYouMean), card, StringComparison.Ordinal);
        Assert.Contains(content.PlaybooksById["angry"].Title.Es, card, StringComparison.Ordinal);
        Assert.Contains(texts.Fill(TextKeys.ProtocolCustomer, ("temperament", texts.Temperament(Temperament.Upset))), card, StringComparison.Ordinal);
        Assert.Contains(texts.Fill(TextKeys.PhrasesTitle, ("moment", texts.Moment(Moment.Farewell))), card, StringComparison.Ordinal);
        Assert.Contains(Text(TextKeys.UnderstandingSomethingElse), card, StringComparison.Ordinal);
    }

    [Fact]
    public void NextTurn_TappingAClarificationOption_DoesIt()
    {
        var outcome = Run(CoachingState.Initial, null, Tap(CoachingVerbs.Understood, (ClarifyCard.IntentKey, "playbook.rude")));
        var phrases = Run(CoachingState.Initial, null, Tap(CoachingVerbs.Understood, (ClarifyCard.IntentKey, "phrases"), (ClarifyCard.MomentKey, "Farewell")));
        var draft = Run(CoachingState.Initial, null, Tap(CoachingVerbs.Understood, (ClarifyCard.IntentKey, "review-draft"), (ClarifyCard.DraftKey, "ya te dije que no")));
        var tampered = Run(CoachingState.Initial, null, Tap(CoachingVerbs.Understood, (ClarifyCard.IntentKey, "mood.grumpy")));

        Assert.Equal("rude", outcome.State.Prompt?.Get("playbook"));
        Assert.Equal(Moment.Farewell, phrases.State.Moment);
        Assert.Contains(Text(TextKeys.DraftTitle), Strings(draft), StringComparison.Ordinal);
        Assert.Contains(Text(TextKeys.MenuTitle), Strings(tampered), StringComparison.Ordinal);
    }

    private static TurnOutcome Run(CoachingState state, ServiceSession? session, TurnInput input, DateTimeOffset? now = null) =>
        CoachingDialog.NextTurn(state, session, input, now ?? Now, RealContent.Current);

    private static TurnInput Say(string text) => Input() with { Text = text };

    private static TurnInput Tap(string verb, params (string Name, string Value)[] data) => Input() with
    {
        Verb = verb,
        Data = JsonSerializer.SerializeToElement(data.ToDictionary(d => d.Name, d => d.Value)),
    };

    private static TurnInput Input() => new()
    {
        Language = Language.Spanish,
        LocalTime = new AgentLocalTime(Now.ToOffset(TimeSpan.FromHours(-6)), "America/Mexico_City"),
        UserId = "agent-1",
        ConversationId = "conversation-1",
        ActivityId = "activity-1",
    };

    private static string Text(string key) => RealContent.Current.Ui.Get(key, Language.Spanish);

    private static string Strings(TurnOutcome outcome) => string.Join("|", outcome.Replies.Select(r => r.Card?.ToJsonString(Relaxed) ?? r.Text));
}
