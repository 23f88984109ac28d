using System.Text.Json.Nodes;
using ServiceBot.Content.Model;
using ServiceBot.Localization;

namespace ServiceBot.Cards;

/// <summary>The tip of the day, put into the card that answers an agent's first contact of the day (no message of its own).</summary>
public static class TipOfTheDayPart
{
    /// <summary>A copy of <paramref name="card"/> with the tip under its first element (the title).</summary>
    public static JsonObject AddTo(JsonObject card, CardTexts texts, Foundation tip)
    {
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(tip);
        var copy = (JsonObject)card.DeepClone();
        if (copy["body"] is not JsonArray body)
        {
            return copy;
        }

        body.Insert(Math.Min(1, body.Count), new JsonObject
        {
            ["type"] = "Container",
            ["style"] = "accent",
            ["items"] = new JsonArray(
                LiveParts.Line($"☀️ {texts[TextKeys.TipOfTheDay]}: {texts.Of(tip.Title)}", bold: true),
                LiveParts.Line(texts.Of(tip.Text), subtle: true, spacing: "None")),
        });
        return copy;
    }
}
