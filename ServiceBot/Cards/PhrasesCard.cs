using System.Text.Json.Nodes;
using ServiceBot.Content.Model;
using ServiceBot.Localization;

namespace ServiceBot.Cards;

/// <summary>Courtesy phrases for one moment, a button for other variants, and one-tap buttons for the next moments.</summary>
public static class PhrasesCard
{
    private static readonly Moment[] Flow = [Moment.Greeting, Moment.Listening, Moment.Solution, Moment.Closing, Moment.Farewell];

    public static JsonObject Create(CardTexts texts, Moment moment, IReadOnlyList<Phrase> phrases, Register register = Register.Usted)
    {
        var body = new List<JsonNode> { AdaptiveCards.Title(texts.Fill(TextKeys.PhrasesTitle, ("moment", texts.Moment(moment)))) };
        body.AddRange(phrases.Select(p => AdaptiveCards.Text($"• {texts.Of(p.Text)}")));
        body.Add(AdaptiveCards.Text(texts[TextKeys.PhrasesNextMoment], subtle: true));
        body.Add(CardActions.Set(NextMoments(moment).Select(m => CardActions.Submit(texts.Moment(m), CoachingVerbs.Phrases, ("moment", m.ToString())))));
        var actions = new List<JsonNode> { CardActions.Submit(texts[TextKeys.PhrasesMore], CoachingVerbs.Phrases, ("moment", moment.ToString()), ("more", "true")) };
        if (texts.Language == Language.Spanish)
        {
            actions.Add(RegisterToggle(texts, moment, register));
        }

        return AdaptiveCards.Card(body, actions);
    }

    /// <summary>Spanish only: switch the phrases between usted (the default) and tú for a customer who prefers it.</summary>
    private static JsonObject RegisterToggle(CardTexts texts, Moment moment, Register register) => register == Register.Tu
        ? CardActions.Submit(texts[TextKeys.PhrasesRegisterUsted], CoachingVerbs.SetRegister, ("register", nameof(Register.Usted)), ("moment", moment.ToString()))
        : CardActions.Submit(texts[TextKeys.PhrasesRegisterTu], CoachingVerbs.SetRegister, ("register", nameof(Register.Tu)), ("moment", moment.ToString()));

    /// <summary>The moments that usually follow, then waiting and apology, which can come at any time.</summary>
    public static IEnumerable<Moment> NextMoments(Moment moment)
    {
        var index = Array.IndexOf(Flow, moment);
        var following = index < 0 ? Flow.AsEnumerable() : Flow.Skip(index + 1).Take(2);
        return following.Concat([Moment.Waiting, Moment.Apology]).Where(m => m != moment).Distinct().Take(4);
    }
}
