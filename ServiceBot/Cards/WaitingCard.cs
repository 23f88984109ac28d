using System.Globalization;
using System.Text.Json.Nodes;
using ServiceBot.Content.Model;
using ServiceBot.Localization;

namespace ServiceBot.Cards;

/// <summary>
/// The live card's waiting mode: never ignore the newcomer (acknowledge now, invite to sit), what to say in this
/// customer's register, what to do when busy on the phone or with paperwork, and the reminder times.
/// </summary>
public static class WaitingCard
{
    public const string NeverIgnoreStepId = "never-ignore";
    public const string ImmediateAttentionStepId = "immediate-attention";

    public static JsonObject Create(CardTexts texts, int customerIndex, IReadOnlyList<Phrase> phrases, IReadOnlyList<int> reminderMinutes)
    {
        var body = new List<JsonNode> { AdaptiveCards.Title(texts[TextKeys.WaitingStarted]) };
        if (texts.Content.StepsById.TryGetValue(NeverIgnoreStepId, out var step))
        {
            body.AddRange(step.Do.Select(d => AdaptiveCards.Text($"• {texts.Of(d)}")));
        }

        if (texts.Content.StepsById.TryGetValue(ImmediateAttentionStepId, out var busy) && busy.Do.Count > 0)
        {
            body.Add(AdaptiveCards.Text($"• {texts.Of(busy.Do[0])}"));
        }

        body.AddRange(phrases.Select(p => LiveParts.Quote(texts.Of(p.Text))));
        if (reminderMinutes.Count > 0)
        {
            body.Add(AdaptiveCards.Text(texts.Fill(TextKeys.WaitingRemindersAt, ("minutes", texts.List(reminderMinutes))), subtle: true));
        }

        return LiveParts.Card(body,
        [
            CardActions.Execute(texts[TextKeys.LiveServeWaiting], CoachingVerbs.CustomerServed, ("customer", customerIndex.ToString(CultureInfo.InvariantCulture))),
            CardActions.Execute(texts[TextKeys.LiveBack], CoachingVerbs.Back),
        ]);
    }
}
