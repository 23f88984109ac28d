using System.Text.Json.Nodes;
using ServiceBot.Content.Model;
using ServiceBot.Localization;

namespace ServiceBot.Cards;

/// <summary>The live card's "¿Por qué?": what the moment's steps are for, and the foundations behind them.</summary>
public static class WhyCard
{
    public static JsonObject Create(CardTexts texts, string moment, IReadOnlyList<ProtocolStep> steps, IReadOnlyList<Foundation> why)
    {
        var body = new List<JsonNode> { LiveParts.Title(texts[TextKeys.ProtocolWhyLabel], moment) };
        body.AddRange(steps.Take(2).Select(s => AdaptiveCards.Text($"**{texts.Of(s.Title)}.** {texts.Of(s.Purpose)}")));
        body.AddRange(why.Take(2).Select(f => AdaptiveCards.Text($"ℹ️ **{texts.Of(f.Title)}.** {texts.Of(f.Text)}", subtle: true)));
        return LiveParts.Card(body, [CardActions.Execute(texts[TextKeys.LiveBack], CoachingVerbs.Back)]);
    }
}
