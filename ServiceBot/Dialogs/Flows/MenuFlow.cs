using ServiceBot.Cards;
using ServiceBot.Localization;

namespace ServiceBot.Dialogs.Flows;

/// <summary>The menu, help, cancel and "I did not understand" answers, available at any step.</summary>
public static class MenuFlow
{
    /// <summary>The menu; during a service, the live card is where everything is, so it comes back to the bottom.</summary>
    public static TurnOutcome Menu(DialogTurn turn) => turn.OpenSession is not null
        ? SessionFlow.ShowLive(turn)
        : turn.Reply(Reply.Show(MenuCard.Create(turn.Texts)));

    /// <summary>"hola": a greeting back, then the menu (or the live card during a service).</summary>
    public static TurnOutcome Greeting(DialogTurn turn) => turn.OpenSession is not null
        ? SessionFlow.ShowLive(turn)
        : turn.Reply(Reply.Show(MenuCard.Create(turn.Texts, turn.Texts[GreetingKey(turn)])));

    private static string GreetingKey(DialogTurn turn) => turn.TimeOfDay switch
    {
        Content.Model.TimeOfDay.Morning => TextKeys.HelloMorning,
        Content.Model.TimeOfDay.Afternoon => TextKeys.HelloAfternoon,
        _ => TextKeys.HelloEvening,
    };

    public static TurnOutcome Help(DialogTurn turn) => turn.Reply(Reply.Show(HelpCard.Create(turn.Texts)));

    /// <summary>"cancelar": the open question is dropped; the service, if any, goes on at a glance.</summary>
    public static TurnOutcome Cancel(DialogTurn turn)
    {
        var cleared = turn with { State = turn.State with { Prompt = null, Draft = null } };
        return turn.OpenSession is not null
            ? SessionFlow.Back(cleared)
            : cleared.Reply(cleared.State, turn.Session, Reply.Say(turn.Texts[TextKeys.ConfirmCancelled]), Reply.Show(MenuCard.Create(turn.Texts)));
    }

    /// <summary>Not understood: during a service the live card says so (no new message); otherwise the menu with a line.</summary>
    public static TurnOutcome NotUnderstood(DialogTurn turn) => turn.OpenSession is not null
        ? LiveView.Show(turn with { State = turn.State with { Note = turn.Texts[TextKeys.ErrorUnknownCommand] } })
        : turn.Reply(Reply.Show(MenuCard.Create(turn.Texts, turn.Texts[TextKeys.ErrorUnknownCommand])));

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

        var state = turn.State with { Prompt = prompt with { Retries = prompt.Retries + 1 } };
        return question.IsLive && question.Card is { } card
            ? turn.Reply(state, turn.Session, Reply.Live(WithLine(card, turn.Texts[TextKeys.PromptNotUnderstood])))
            : turn.Reply(state, turn.Session, Reply.Say(turn.Texts[TextKeys.PromptNotUnderstood]), question);
    }

    /// <summary>The live question again, with "I did not get that" on top instead of a message of its own.</summary>
    private static System.Text.Json.Nodes.JsonObject WithLine(System.Text.Json.Nodes.JsonObject card, string line)
    {
        if (card["body"] is System.Text.Json.Nodes.JsonArray body)
        {
            body.Insert(0, AdaptiveCards.Text(line));
        }

        return card;
    }
}
