using ServiceBot.Cards;
using ServiceBot.Coaching;
using ServiceBot.Content.Model;
using ServiceBot.Localization;
using ServiceBot.Storage;

namespace ServiceBot.Dialogs.Flows;

/// <summary>
/// "Llegó otro cliente": never ignore the newcomer. The arrival is recorded on the session (one is opened if none is),
/// reminders are scheduled at the content's thresholds, and "ya lo atiendo" records how long they waited.
/// </summary>
public static class WaitingFlow
{
    public static TurnOutcome CustomerArrived(DialogTurn turn)
    {
        var opened = turn.OpenSession is null;
        var session = turn.OpenSession ?? SessionFlow.Open(turn);
        session = session with { WaitingCustomers = [.. session.WaitingCustomers, new WaitingCustomer(turn.Now)] };
        var index = session.WaitingCustomers.Count - 1;
        var state = turn.State with { ActiveSessionId = session.Id, Moment = Moment.Waiting };
        var query = PhrasesFlow.Query(turn, Moment.Waiting) with { Channel = Channel.InPerson, Temperament = null };
        var phrases = PhraseSuggester.Suggest(turn.Content.Phrases, query, turn.State.RotationOf("waiting-arrival"), 2);
        var replies = new List<Reply>();
        if (opened)
        {
            replies.Add(Reply.Say(turn.Texts[TextKeys.ConfirmServiceStarted]));
        }

        replies.Add(Reply.Show(WaitingCard.Create(turn.Texts, index, phrases, turn.Content.Settings.WaitingReminderMinutes)));
        return new TurnOutcome(state.Rotated("waiting-arrival"), session, replies, [new ScheduleWaitingReminders(session.Id, index, turn.Now)]);
    }

    public static TurnOutcome CustomerServed(DialogTurn turn)
    {
        if (turn.OpenSession is not { } session)
        {
            return MenuFlow.NoActiveService(turn);
        }

        var index = turn.Input.DataInt("customer") ?? LastWaiting(session);
        if (index is not { } i || i < 0 || i >= session.WaitingCustomers.Count)
        {
            return turn.Reply(Reply.Say(turn.Texts[TextKeys.WaitingNoneWaiting]));
        }

        var customer = session.WaitingCustomers[i];
        var attendedAt = customer.AttendedAt ?? turn.Now;
        var updated = session with { WaitingCustomers = [.. session.WaitingCustomers.Select((w, n) => n == i ? w with { AttendedAt = attendedAt } : w)] };
        var minutes = (int)Math.Round((attendedAt - customer.ArrivedAt).TotalMinutes);
        return turn.Reply(turn.State, updated, Reply.Say(turn.Texts.Fill(TextKeys.WaitingServed, ("minutes", minutes))))
            .WithEffects(new CancelWaitingReminders(session.Id, i));
    }

    private static int? LastWaiting(ServiceSession session)
    {
        for (var i = session.WaitingCustomers.Count - 1; i >= 0; i--)
        {
            if (session.WaitingCustomers[i].AttendedAt is null)
            {
                return i;
            }
        }

        return null;
    }
}
