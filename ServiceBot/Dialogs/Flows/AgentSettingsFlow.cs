using ServiceBot.Cards;
using ServiceBot.Content.Model;
using ServiceBot.Localization;

namespace ServiceBot.Dialogs.Flows;

/// <summary>
/// The agent's own settings, kept on their profile across chats: the form of gendered words in the phrases they say
/// ("soy mujer" → "yo misma", "soy hombre" → "yo mismo", "forma neutra" → "yo mismo/misma").
/// </summary>
public static class AgentSettingsFlow
{
    public static TurnOutcome SetGender(DialogTurn turn, AgentGender gender)
    {
        var set = turn.WithAgent(turn.Input.Agent with { Gender = gender });
        var line = set.Texts[gender switch
        {
            AgentGender.Feminine => TextKeys.GenderSetFeminine,
            AgentGender.Masculine => TextKeys.GenderSetMasculine,
            _ => TextKeys.GenderSetNeutral,
        }];
        // During a service the card redraws in the new form; the service view also says so in its note line.
        var shown = turn.OpenSession is not null
            ? LiveView.Show(set.State.Mode == LiveMode.Service ? set with { State = set.State with { Note = line } } : set)
            : set.Reply(Reply.Show(MenuCard.Create(set.Texts, line)));
        return shown with { Agent = set.Input.Agent };
    }
}
