using System.Text.Json.Nodes;
using ServiceBot.Localization;

namespace ServiceBot.Cards;

/// <summary>"¿Qué tipo de cliente?": one tappable row per guide, its whole name readable on a phone, and the way back.</summary>
public static class PlaybookChooserCard
{
    public static JsonObject Create(CardTexts texts)
    {
        var rows = texts.Content.Playbooks.Select((p, i) => (JsonNode)new JsonObject
        {
            ["type"] = "Container",
            ["separator"] = i > 0,
            ["selectAction"] = Tap(CardActions.Execute(texts.Of(p.Title), CoachingVerbs.StartPlaybook, ("playbook", p.Id))),
            ["items"] = new JsonArray(Row(i + 1, texts.Of(p.Title))),
        });
        return LiveParts.Card([AdaptiveCards.Title(texts[TextKeys.PlaybookChoose]), .. rows], [CardActions.Execute(texts[TextKeys.LiveBack], CoachingVerbs.Back)]);
    }

    /// <summary>
    /// The guide's number (an agent may type "2" or "el tercero") and name, in the accent colour of a tappable row.
    /// Not "2. …": each row is a TextBlock of its own, where Markdown reads that as a list starting anew, shown "1.".
    /// </summary>
    private static JsonObject Row(int number, string title)
    {
        var line = LiveParts.Line($"{number} · {title}");
        line["color"] = "Accent";
        return line;
    }

    private static JsonObject Tap(JsonObject action)
    {
        action.Remove("fallback");
        return action;
    }
}
