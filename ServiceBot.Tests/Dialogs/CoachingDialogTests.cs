using System.Text.Json;
using ServiceBot.Cards;
using ServiceBot.Coaching;
using ServiceBot.Content.Model;
using ServiceBot.Dialogs;
using ServiceBot.Localization;
using ServiceBot.Storage;
using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.Dialogs;

public sealed class CoachingDialogTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 15, 0, 0, TimeSpan.Zero);

    [Fact]
    public void NextTurn_NewServiceTwiceFromTheSameActivity_OpensTheSameSession()
    {
        var first = Run(CoachingState.Initial, null, Tap(CoachingVerbs.NewService));
        var again = Run(CoachingState.Initial, null, Tap(CoachingVerbs.NewService));

        Assert.NotNull(first.Session);
        Assert.Equal(first.Session!.Id, again.Session!.Id);
        Assert.Equal(first.Session.Id, first.State.ActiveSessionId);
        Assert.Equal(RealContent.Current.Version.Hash, first.Session.ContentVersion);
    }

    [Fact]
    public void NextTurn_TickTwice_MarksTheStepOnce()
    {
        var (state, session) = Started();

        var ticked = Run(state, session, Tap(CoachingVerbs.TickStep, ("stepId", "eye-contact")));
        var unticked = Run(ticked.State, ticked.Session, Tap(CoachingVerbs.TickStep, ("stepId", "eye-contact")));

        var mark = Assert.Single(ticked.Session!.Checklist);
        Assert.Equal(("eye-contact", Now), (mark.StepId, mark.At));
        Assert.Equal(mark, Assert.Single(unticked.Session!.Checklist));
        Assert.True(Assert.Single(ticked.Replies).IsLive);
    }

    [Fact]
    public void NextTurn_TickOfAnUnknownStep_ChangesNothing()
    {
        var (state, session) = Started();

        var outcome = Run(state, session, Tap(CoachingVerbs.TickStep, ("stepId", "no-such-step")));

        Assert.Same(session, outcome.Session);
    }

    [Fact]
    public void NextTurn_TickWithoutAnOpenService_SaysSo()
    {
        var outcome = Run(CoachingState.Initial, null, Tap(CoachingVerbs.TickStep, ("stepId", "eye-contact")));

        Assert.Contains(outcome.Replies, r => r.Text == Text(TextKeys.ErrorNoActiveService));
        Assert.Null(outcome.Session);
    }

    [Fact]
    public void NextTurn_CustomerArrivesWithoutAService_OpensOneAndSchedulesReminders()
    {
        var outcome = Run(CoachingState.Initial, null, Say("llegó otro cliente"));

        var waiting = Assert.Single(outcome.Session!.WaitingCustomers);
        Assert.Equal(Now, waiting.ArrivedAt);
        Assert.Equal(new ScheduleWaitingReminders(outcome.Session.Id, 0, Now), Assert.Single(outcome.Effects));
    }

    [Fact]
    public void NextTurn_CustomerServed_RecordsTheWaitAndCancelsTheReminders()
    {
        var arrived = Run(CoachingState.Initial, null, Say("llegó otro cliente"));
        var served = Run(arrived.State, arrived.Session, Tap(CoachingVerbs.CustomerServed, ("customer", "0")), Now.AddMinutes(4));

        Assert.Equal(Now.AddMinutes(4), served.Session!.WaitingCustomers[0].AttendedAt);
        Assert.Equal(new CancelWaitingReminders(arrived.Session!.Id, 0), Assert.Single(served.Effects));
        Assert.Contains("4 min", Strings(served), StringComparison.Ordinal);
    }

    [Fact]
    public void NextTurn_EndService_ClosesTheSessionAndHandsOver()
    {
        var (state, session) = Started();

        var outcome = Run(state, session, Say("terminar atención"), Now.AddMinutes(7));

        Assert.Equal(Now.AddMinutes(7), outcome.Session!.EndedAt);
        Assert.Equal(LiveMode.Closed, outcome.State.Mode);
        Assert.Contains(new ServiceEnded(session.Id), outcome.Effects);
        Assert.True(outcome.Session.WaitingCustomers.Any(w => w.AttendedAt is null) || outcome.Effects.Contains(new CancelWaitingReminders(session.Id, null)));
    }

    [Fact]
    public void NextTurn_FreeSentenceAboutAnAngryCustomer_OpensThePlaybook()
    {
        var outcome = Run(CoachingState.Initial, null, Say("el cliente está furioso"));

        Assert.Equal(DialogFlows.Playbook, outcome.State.Prompt?.Flow);
        Assert.Equal("angry", outcome.State.Prompt?.Get("playbook"));
    }

    [Fact]
    public void NextTurn_SupervisorCallDuringAPlaybook_CarriesTheStepAndTheWait()
    {
        var arrived = Run(CoachingState.Initial, null, Say("llegó otro cliente"));
        var playbook = Run(arrived.State, arrived.Session, Say("el cliente está furioso"));
        var next = Run(playbook.State, playbook.Session, Say("siguiente"));

        var call = Run(next.State, next.Session, Tap(CoachingVerbs.CallSupervisor), Now.AddMinutes(6));

        var context = Assert.IsType<CallSupervisor>(Assert.Single(call.Effects)).Context;
        Assert.Equal(2, context.PlaybookStep);
        Assert.Equal(RealContent.Current.PlaybooksById["angry"].Steps.Count, context.PlaybookSteps);
        Assert.Equal(6, context.LongestWaitMinutes);
        Assert.Equal(arrived.Session!.Id, context.SessionId);
    }

    [Fact]
    public void NextTurn_ThreeAnswersNotUnderstood_LetsThePromptGo()
    {
        var outcome = Run(CoachingState.Initial, null, Say("cliente difícil"));
        for (var i = 0; i < 3; i++)
        {
            outcome = Run(outcome.State, outcome.Session, Say("zzz"));
        }

        Assert.Null(outcome.State.Prompt);
        Assert.Contains(outcome.Replies, r => r.Card?["body"]?.AsArray().Any(b => b?["text"]?.GetValue<string>() == Text(TextKeys.ErrorUnknownCommand)) == true);
    }

    [Fact]
    public void NextTurn_HelpDuringAPrompt_KeepsThePromptOpen()
    {
        var chooser = Run(CoachingState.Initial, null, Say("cliente difícil"));

        var help = Run(chooser.State, chooser.Session, Say("ayuda"));

        Assert.Equal(chooser.State.Prompt, help.State.Prompt);
    }

    [Fact]
    public void NextTurn_MorePhrases_RotatesToOtherVariants()
    {
        var first = Run(CoachingState.Initial, null, Tap(CoachingVerbs.Phrases, ("moment", "Greeting")));
        var more = Run(first.State, null, Tap(CoachingVerbs.Phrases, ("moment", "Greeting"), ("more", "true")));

        Assert.NotEqual(Strings(first), Strings(more));
    }

    private static (CoachingState State, ServiceSession Session) Started()
    {
        var outcome = Run(CoachingState.Initial, null, Tap(CoachingVerbs.NewService));
        return (outcome.State, outcome.Session! with { ETag = "e1" });
    }

    private static TurnOutcome Run(CoachingState state, ServiceSession? session, TurnInput input, DateTimeOffset? now = null) =>
        CoachingDialog.NextTurn(state, session, input, now ?? Now, RealContent.Current);

    [Theory]
    [InlineData(CoachingVerbs.Phrases, "moment", "99")]
    [InlineData(CoachingVerbs.Phrases, "moment", "Lunch")]
    [InlineData(CoachingVerbs.SetRegister, "moment", "99")]
    [InlineData(CoachingVerbs.SetRegister, "register", "7")]
    [InlineData(CoachingVerbs.SetTemperament, "temperament", "42")]
    [InlineData(CoachingVerbs.SetChannel, "channel", "-1")]
    public void NextTurn_ButtonDataThatNamesNoValue_IsIgnoredNotFatal(string verb, string name, string value)
    {
        var (state, session) = Started();

        // SetRegister acts on the moment only with a valid register beside it.
        var outcome = Run(state, session, name == "register" ? Tap(verb, (name, value)) : Tap(verb, (name, value), ("register", "Tu")));

        Assert.NotEmpty(outcome.Replies);
        Assert.True(Enum.IsDefined(outcome.State.Moment), $"moment {outcome.State.Moment}");
        Assert.True(Enum.IsDefined(outcome.State.Temperament), $"temperament {outcome.State.Temperament}");
        Assert.True(Enum.IsDefined(outcome.State.ServiceChannel), $"channel {outcome.State.ServiceChannel}");
        Assert.True(Enum.IsDefined(outcome.State.Register), $"register {outcome.State.Register}");
    }

    private static TurnInput Say(string text) => Input() with { Text = text };

    private static TurnInput Tap(string verb, params (string Name, string Value)[] data) => Input() with
    {
        Verb = verb,
        Data = JsonSerializer.SerializeToElement(data.ToDictionary(d => d.Name, d => d.Value)),
    };

    private static TurnInput Input() => new()
    {
        Language = Language.Spanish,
        Locale = "es-MX",
        LocalTime = new AgentLocalTime(Now.ToOffset(TimeSpan.FromHours(-6)), "America/Mexico_City"),
        UserId = "29:agent",
        UserName = "Ana",
        ConversationId = "a:conv",
        ActivityId = "act-1",
    };

    private static string Text(string key) => RealContent.Current.Ui.Get(key, Language.Spanish);

    private static string Strings(TurnOutcome outcome) => string.Join("|", outcome.Replies.Select(r => r.Card?.ToJsonString() ?? r.Text));

    [Fact]
    public void Commands_InContentAndInCode_AreTheSame()
    {
        var inContent = RealContent.Current.Ui.Commands.Select(c => c.Id).Order(StringComparer.Ordinal);

        // A command in ui.yaml that no code handles would be words that do nothing; one in code without words, unreachable.
        Assert.Equal(CoachingDialog.CommandIds.Order(StringComparer.Ordinal), inContent);
    }
}
