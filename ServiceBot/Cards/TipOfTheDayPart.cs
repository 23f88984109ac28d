using System.Text.Json.Nodes;
using ServiceBot.Content.Model;
using ServiceBot.Localization;

namespace ServiceBot.Cards;

/// <summary>
/// The tip of the day, put into the card that answers an agent's first contact of the day (no message of its own): one
/// line with its title, and its text a tap away (Action.ToggleVisibility, no round trip), so the card it rides on still
/// fits one phone screen whatever the tip's length.
/// </summary>
public static class TipOfTheDayPart
{
    private const string TextId = "tip-of-the-day";

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

        var text = LiveParts.Line(texts.Of(tip.Text), subtle: true, spacing: "Small");
        text["id"] = TextId;
        text["isVisible"] = false;
        body.Insert(Math.Min(1, body.Count), new JsonObject
        {
            ["type"] = "Container",
            ["selectAction"] = new JsonObject
            {
                ["type"] = "Action.ToggleVisibility",
                ["title"] = texts[TextKeys.TipOfTheDay],
                ["targetElements"] = new JsonArray(TextId),
            },
            ["items"] = new JsonArray(LiveParts.Line($"☀️ {texts[TextKeys.TipOfTheDay]}: **{texts.Of(tip.Title)}** ▾"), text),
        });
        return copy;
    }
}
