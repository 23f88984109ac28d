using ServiceBot.Content.Model;
using ServiceBot.Localization;

namespace ServiceBot.Dialogs.Flows;

/// <summary>A one-tap, silent call to the supervisors, carrying what they need to step in; the live card says it went.</summary>
public static class SupervisorFlow
{
    public static TurnOutcome Call(DialogTurn turn)
    {
        var current = PlaybookFlow.Current(turn);
        var waiting = turn.OpenSession?.WaitingCustomers.Where(w => w.AttendedAt is null).Select(w => (int)(turn.Now - w.ArrivedAt).TotalMinutes).DefaultIfEmpty(-1).Max();
        var context = new SupervisorCallContext(
            turn.Input.UserName ?? turn.Input.UserId,
            turn.OpenSession?.Id,
            turn.State.Temperament == Temperament.Any ? null : turn.State.Temperament,
            current is var (_, playbook) ? playbook.Id : null,
            current is var (frame, _) ? frame.Step + 1 : null,
            current is var (_, p) ? p.Steps.Count : null,
            waiting is >= 0 ? waiting : null,
            turn.Now);
        return LiveView.Show(turn with { State = turn.State with { Note = turn.Texts[TextKeys.SupervisorCalling] } })
            .WithEffects(new CallSupervisor(context));
    }
}
