using ServiceBot.Cards;
using ServiceBot.Localization;

namespace ServiceBot.Dialogs.Flows;

/// <summary>The menu, help, cancel and "I did not understand" answers, available at any step.</summary>
public static class MenuFlow
{
    public static TurnOutcome Menu(DialogTurn turn) => turn.Reply(Reply.Show(MenuCard.Create(turn.Texts)));

    public static TurnOutcome Help(DialogTurn turn) => turn.Reply(Reply.Show(HelpCard.Create(turn.Texts)));

    public static TurnOutcome Cancel(DialogTurn turn) => turn.Reply(
        turn.State with { Prompt = null },
        turn.Session,
        Reply.Say(turn.Texts[TextKeys.ConfirmCancelled]),
        Reply.Show(MenuCard.Create(turn.Texts)));

    public static TurnOutcome NotUnderstood(DialogTurn turn) => turn.Reply(
        Reply.Say(turn.Texts[TextKeys.ErrorUnknownCommand]),
        Reply.Show(MenuCard.Create(turn.Texts)));

    public static TurnOutcome NoActiveService(DialogTurn turn) => turn.Reply(
        Reply.Say(turn.Texts[TextKeys.ErrorNoActiveService]),
        Reply.Show(MenuCard.Create(turn.Texts)));

    /// <summary>
    /// An answer the open prompt could not use: ask again, and after two misses in a row let the prompt go and show
    /// the menu, so nobody is stuck.
    /// </summary>
    public static TurnOutcome Reprompt(DialogTurn turn, Reply question)
    {
        var prompt = turn.State.Prompt!;
        if (prompt.Retries >= 2)
        {
            return NotUnderstood(turn with { State = turn.State with { Prompt = null } }) with { State = turn.State with { Prompt = null } };
        }

        return turn.Reply(
            turn.State with { Prompt = prompt with { Retries = prompt.Retries + 1 } },
            turn.Session,
            Reply.Say(turn.Texts[TextKeys.PromptNotUnderstood]),
            question);
    }
}
