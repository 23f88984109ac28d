using System.Text.Json.Nodes;
using ServiceBot.Content.Model;
using ServiceBot.Localization;

namespace ServiceBot.Cards;

/// <summary>The live card's phrases mode: courtesy phrases for one moment, other variants, other moments, and the way back.</summary>
public static class PhrasesCard
{
    private static readonly Moment[] Flow = [Moment.Greeting, Moment.Listening, Moment.Solution, Moment.Closing, Moment.Farewell];

    public static JsonObject Create(CardTexts texts, Moment moment, IReadOnlyList<Phrase> phrases, Register register = Register.Usted)
    {
        var body = new List<JsonNode> { AdaptiveCards.Title(texts.Fill(TextKeys.PhrasesTitle, ("moment", texts.Moment(moment)))) };
        body.AddRange(phrases.Select(p => LiveParts.Quote(texts.Of(p.Text))));
        var actions = new List<JsonNode>
        {
            CardActions.Execute(texts[TextKeys.PhrasesMore], CoachingVerbs.Phrases, ("moment", moment.ToString()), ("more", "true")),
            CardActions.Execute(texts[TextKeys.LiveBack], CoachingVerbs.Back),
        };
        actions.AddRange(NextMoments(moment).Take(texts.Language == Language.Spanish ? LiveParts.MaxMenuActions - 1 : LiveParts.MaxMenuActions).Select(m => LiveParts.Secondary(CardActions.Execute(texts.Moment(m), CoachingVerbs.Phrases, ("moment", m.ToString())))));
        if (texts.Language == Language.Spanish)
        {
            actions.Add(LiveParts.Secondary(RegisterToggle(texts, moment, register)));
        }

        return LiveParts.Card(body, actions);
    }

    /// <summary>Spanish only: switch between usted (the default) and tú for this customer.</summary>
    private static JsonObject RegisterToggle(CardTexts texts, Moment moment, Register register) => register == Register.Tu
        ? CardActions.Execute(texts[TextKeys.PhrasesRegisterUsted], CoachingVerbs.SetRegister, ("register", nameof(Register.Usted)), ("moment", moment.ToString()))
        : CardActions.Execute(texts[TextKeys.PhrasesRegisterTu], CoachingVerbs.SetRegister, ("register", nameof(Register.Tu)), ("moment", moment.ToString()));

    /// <summary>The moments that usually follow, then waiting and apology, which can come at any time; then the rest.</summary>
    public static IEnumerable<Moment> NextMoments(Moment moment)
    {
        var index = Array.IndexOf(Flow, moment);
        var following = index < 0 ? Flow.AsEnumerable() : Flow.Skip(index + 1);
        return following.Concat([Moment.Waiting, Moment.Apology]).Concat(Flow).Where(m => m != moment).Distinct();
    }
}
