using ServiceBot.Cards;
using ServiceBot.Coaching;
using ServiceBot.Content.Model;

namespace ServiceBot.Dialogs.Flows;

/// <summary>Courtesy phrases for the moment, fitted to the time of day, channel, temperament and register, rotating on request.</summary>
public static class PhrasesFlow
{
    public const int PhrasesPerCard = 3;

    public static TurnOutcome Show(DialogTurn turn, Moment moment, bool more)
    {
        var key = RotationKey(turn, moment);
        var state = (more ? turn.State.Rotated(key) : turn.State) with { Moment = moment, Mode = LiveMode.Phrases, Note = null };
        return LiveView.Show(turn with { State = state });
    }

    /// <summary>Usted or tú for this customer (phrases and the draft check's suggestions), shown at once where the agent is.</summary>
    public static TurnOutcome SetRegister(DialogTurn turn, Register register, Moment? moment = null)
    {
        var state = turn.State with { Register = register, Moment = moment ?? turn.State.Moment, Note = null };
        return LiveView.Show(turn with { State = state });
    }

    public static TurnOutcome SetRegisterFromButton(DialogTurn turn) =>
        turn.Input.DataEnum<Register>("register") is { } register and not Register.Any
            ? SetRegister(turn, register, turn.Input.DataEnum<Moment>("moment"))
            : LiveView.Show(turn);

    public static TurnOutcome FromButton(DialogTurn turn) =>
        Show(turn, turn.Input.DataEnum<Moment>("moment") ?? turn.State.Moment, more: turn.Input.DataString("more") == "true");

    /// <summary>The phrases to show for a moment now, in the customer's register, rotated as far as the agent asked.</summary>
    public static IReadOnlyList<Phrase> Suggest(DialogTurn turn, Moment moment, int count) =>
        PhraseSuggester.Suggest(turn.Content.Phrases, Query(turn, moment), turn.State.RotationOf(RotationKey(turn, moment)), count);

    public static PhraseQuery Query(DialogTurn turn, Moment moment) => new(moment)
    {
        TimeOfDay = turn.TimeOfDay,
        Channel = turn.State.ServiceChannel,
        Temperament = turn.State.Temperament == Temperament.Any ? null : turn.State.Temperament,
        Register = turn.State.Register,
    };

    /// <summary>Rotation is kept per list: the same moment for another customer type or time of day starts afresh.</summary>
    public static string RotationKey(DialogTurn turn, Moment moment) =>
        $"{moment}|{turn.TimeOfDay}|{turn.State.ServiceChannel}|{turn.State.Temperament}|{turn.State.Register}";
}
