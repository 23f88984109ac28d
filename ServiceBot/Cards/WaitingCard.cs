using System.Globalization;
using System.Text.Json.Nodes;
using ServiceBot.Content.Model;
using ServiceBot.Localization;

namespace ServiceBot.Cards;

/// <summary>The never-ignore protocol for a customer who just arrived: what to do now, what to say, and the reminder timer.</summary>
public static class WaitingCard
{
    public const string NeverIgnoreStepId = "never-ignore";

    public static JsonObject Create(CardTexts texts, int customerIndex, IReadOnlyList<Phrase> phrases, IReadOnlyList<int> reminderMinutes)
    {
        var body = new List<JsonNode> { AdaptiveCards.Title(texts[TextKeys.WaitingStarted]) };
        if (texts.Content.StepsById.TryGetValue(NeverIgnoreStepId, out var step))
        {
            body.AddRange(step.Do.Select(d => AdaptiveCards.Text($"• {texts.Of(d)}")));
        }

        body.Add(AdaptiveCards.Text($"**{texts[TextKeys.PlaybookSayLabel]}**"));
        body.AddRange(phrases.Select(p => AdaptiveCards.Text($"“{texts.Of(p.Text)}”")));
        if (reminderMinutes.Count > 0)
        {
            var minutes = string.Join(", ", reminderMinutes.Select(m => m.ToString(CultureInfo.InvariantCulture)));
            body.Add(AdaptiveCards.Text(texts.Fill(TextKeys.WaitingRemindersAt, ("minutes", minutes)), subtle: true));
        }

        return AdaptiveCards.Card(body, [CardActions.Submit(texts[TextKeys.WaitingServedButton], CoachingVerbs.CustomerServed, ("customer", customerIndex.ToString(CultureInfo.InvariantCulture)))]);
    }
}
