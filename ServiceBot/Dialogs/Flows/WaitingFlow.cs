using ServiceBot.Cards;
using ServiceBot.Coaching;
using ServiceBot.Content.Model;
using ServiceBot.Localization;
using ServiceBot.Storage;

namespace ServiceBot.Dialogs.Flows;

/// <summary>
/// "Llegó otro cliente" (or "estoy al teléfono y llegó alguien"): never ignore the newcomer. The arrival is recorded on
/// the session (one is opened if none is), the live card shows the never-ignore protocol, reminders are scheduled at
/// the content's thresholds, and serving them records how long they waited and gives the words for their turn.
/// </summary>
public static class WaitingFlow
{
    private const string RotationKey = "waiting-arrival";

    public static TurnOutcome CustomerArrived(DialogTurn turn)
    {
        var session = turn.OpenSession ?? SessionFlow.Open(turn);
        session = session with { WaitingCustomers = [.. session.WaitingCustomers, new WaitingCustomer(turn.Now)] };
        var index = session.WaitingCustomers.Count - 1;
        var state = turn.State with { ActiveSessionId = session.Id, Mode = LiveMode.Waiting, Note = null };
        return LiveView.Show(turn with { State = state, Session = session })
            .WithEffects(new ScheduleWaitingReminders(session.Id, index, turn.Now));
    }

    /// <summary>What to say to the newcomer: in person, in this customer's register, rotating.</summary>
    public static IReadOnlyList<Phrase> ArrivalPhrases(DialogTurn turn)
    {
        var query = PhrasesFlow.Query(turn, Moment.Waiting) with { Channel = Channel.InPerson, Temperament = null };
        return PhraseSuggester.Suggest(turn.Content.Phrases, query, turn.State.RotationOf(RotationKey), 2);
    }

    /// <summary>"Gracias por su paciencia, ya es su turno", in the default register (a new customer is usted).</summary>
    public static string YourTurn(DialogTurn turn) => turn.Texts[TextKeys.WaitingYourTurn];

    public static TurnOutcome CustomerServed(DialogTurn turn)
    {
        if (turn.OpenSession is not { } session)
        {
            return turn.Session is { EndedAt: not null } ? SessionFlow.Start(turn) : MenuFlow.NoActiveService(turn);
        }

        var index = turn.Input.DataInt("customer") ?? LastWaiting(session);
        if (index is not { } i || i < 0 || i >= session.WaitingCustomers.Count)
        {
            return LiveView.Show(turn with { State = turn.State with { Mode = LiveMode.Service, Note = turn.Texts[TextKeys.WaitingNoneWaiting] } });
        }

        var customer = session.WaitingCustomers[i];
        var attendedAt = customer.AttendedAt ?? turn.Now;
        var updated = session with { WaitingCustomers = [.. session.WaitingCustomers.Select((w, n) => n == i ? w with { AttendedAt = attendedAt } : w)] };
        var minutes = (int)Math.Round((attendedAt - customer.ArrivedAt).TotalMinutes);
        var note = $"{turn.Texts.Fill(TextKeys.WaitingServed, ("minutes", minutes))} “{YourTurn(turn)}”";
        var state = turn.State.Rotated(RotationKey) with { Mode = LiveMode.Service, Note = note };
        return LiveView.Show(turn with { State = state, Session = updated })
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
