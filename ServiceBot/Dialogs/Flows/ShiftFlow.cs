using ServiceBot.Cards;

namespace ServiceBot.Dialogs.Flows;

/// <summary>
/// The agent's shift: the first service after <see cref="AgentProfile.ShiftGap"/> without one opens a shift, whose
/// live card offers the self-check (appearance and attitude, voice) until it is answered — "Listo" (done), "Omitir",
/// or moving on to the service (skipped). The answer is kept once per shift on the agent's profile.
/// </summary>
public static class ShiftFlow
{
    /// <summary>A service starts: the profile notes it (and a new shift when there was a long gap).</summary>
    public static DialogTurn ServiceStarted(DialogTurn turn) => turn.WithAgent(turn.Input.Agent.ServiceStarted(turn.Now));

    /// <summary>"Listo" or "Omitir" on the self-check; a second tap or a redelivery changes nothing.</summary>
    public static TurnOutcome Answer(DialogTurn turn)
    {
        var answer = turn.Input.DataEnum<ShiftCheckAnswer>("answer") ?? ShiftCheckAnswer.Skipped;
        var answered = turn.WithAgent(turn.Input.Agent.ShiftChecked(answer));
        return LiveView.Show(answered) with { Agent = answered.Input.Agent };
    }

    /// <summary>The agent moved on with the self-check still open: it counts as skipped.</summary>
    public static DialogTurn MovedOn(DialogTurn turn) => turn.WithAgent(turn.Input.Agent.ShiftChecked(ShiftCheckAnswer.Skipped));
}
