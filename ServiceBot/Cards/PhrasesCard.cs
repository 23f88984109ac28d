using System.Text.Json.Nodes;
using ServiceBot.Content.Model;
using ServiceBot.Localization;

namespace ServiceBot.Cards;

/// <summary>Courtesy phrases for one moment, a button for other variants, and one-tap buttons for the next moments.</summary>
public static class PhrasesCard
{
    private static readonly Moment[] Flow = [Moment.Greeting, Moment.Listening, Moment.Solution, Moment.Closing, Moment.Farewell];

    public static JsonObject Create(CardTexts texts, Moment moment, IReadOnlyList<Phrase> phrases)
    {
        var body = new List<JsonNode> { AdaptiveCards.Title(texts.Fill(TextKeys.PhrasesTitle, ("moment", texts.Moment(moment)))) };
        body.AddRange(phrases.Select(p => AdaptiveCards.Text($"• {texts.Of(p.Text)}")));
        body.Add(AdaptiveCards.Text(texts[TextKeys.PhrasesNextMoment], subtle: true));
        body.Add(CardActions.Set(NextMoments(moment).Select(m => CardActions.Submit(texts.Moment(m), CoachingVerbs.Phrases, ("moment", m.ToString())))));
        return AdaptiveCards.Card(body, [CardActions.Submit(texts[TextKeys.PhrasesMore], CoachingVerbs.Phrases, ("moment", moment.ToString()), ("more", "true"))]);
    }

    /// <summary>The moments that usually follow, then waiting and apology, which can come at any time.</summary>
    public static IEnumerable<Moment> NextMoments(Moment moment)
    {
        var index = Array.IndexOf(Flow, moment);
        var following = index < 0 ? Flow.AsEnumerable() : Flow.Skip(index + 1).Take(2);
        return following.Concat([Moment.Waiting, Moment.Apology]).Where(m => m != moment).Distinct().Take(4);
    }
}
