using System.Text.Json.Nodes;
using ServiceBot.Content.Model;
using ServiceBot.Localization;
using ServiceBot.Turns;
using ServiceBot.Understanding;

namespace ServiceBot.Cards;

/// <summary>
/// "¿Quiso decir…?": the two or three likeliest actions for a message that could mean more than one thing, one
/// button each (tapping one does it), and "Otra cosa" for the menu.
/// </summary>
public static class ClarifyCard
{
    public const string IntentKey = "intent";
    public const string MomentKey = "moment";
    public const string DraftKey = "draft";

    public static JsonObject Create(CardTexts texts, Understood understood)
    {
        var options = understood.Alternatives
            .Select(option => Option(texts, option.Intent, understood))
            .OfType<JsonObject>()
            .Append(CardActions.Submit(texts[TextKeys.UnderstandingSomethingElse], CardVerbs.Menu));
        return AdaptiveCards.Card([AdaptiveCards.Title(texts[TextKeys.UnderstandingDidYouMean]), CardActions.Set(options)]);
    }

    private static JsonObject? Option(CardTexts texts, Intent intent, Understood understood)
    {
        var data = new List<(string, string)> { (IntentKey, intent.ToString()) };
        if (intent.Kind == IntentKind.Draft || intent.IsCommand(UnderstandingModel.ReviewCommand))
        {
            intent = Intent.Command(UnderstandingModel.ReviewCommand);
            data[0] = (IntentKey, intent.ToString());
            if (understood.Draft is { } draft)
            {
                data.Add((DraftKey, draft));
            }
        }

        if (intent.IsCommand(UnderstandingModel.PhrasesCommand) && understood.Moment is { } moment)
        {
            data.Add((MomentKey, moment.ToString()));
        }

        return Label(texts, intent, understood.Moment) is { } label ? CardActions.Submit(label, CoachingVerbs.Understood, [.. data]) : null;
    }

    private static string? Label(CardTexts texts, Intent intent, Moment? moment) => intent.Kind switch
    {
        IntentKind.Command when intent.IsCommand(UnderstandingModel.PhrasesCommand) && moment is { } m =>
            texts.Fill(TextKeys.PhrasesTitle, ("moment", texts.Moment(m))),
        IntentKind.Command => texts.Content.Ui.Commands.FirstOrDefault(command => command.Id == intent.Name) is { } command ? texts[command.LabelKey] : null,
        IntentKind.Playbook => texts.Content.PlaybooksById.TryGetValue(intent.Name, out var playbook) ? texts.Of(playbook.Title) : null,
        IntentKind.Mood => intent.AsMood is { } mood ? texts.Fill(TextKeys.ProtocolCustomer, ("temperament", texts.Temperament(mood))) : null,
        IntentKind.Channel => intent.AsChannel is { } channel ? texts.Channel(channel) : null,
        _ => null,
    };
}
