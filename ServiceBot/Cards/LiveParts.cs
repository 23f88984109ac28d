using System.Text.Json.Nodes;

namespace ServiceBot.Cards;

/// <summary>
/// Pieces the live card's modes share: a row of tappable choices (the moment, the mood) whose labels wrap instead of
/// being cut, the selected one bold and coloured; short primary buttons; the overflow menu (<c>mode: secondary</c>).
/// </summary>
public static class LiveParts
{
    /// <summary>At most this many buttons show on a card; the rest go to its "…" menu.</summary>
    public const int MaxPrimaryActions = 4;

    public static JsonObject Chips(IEnumerable<(string Label, bool Selected, JsonObject Action)> chips) => new()
    {
        ["type"] = "ColumnSet",
        ["spacing"] = "Small",
        ["columns"] = new JsonArray([.. chips.Select(chip => (JsonNode)new JsonObject
        {
            ["type"] = "Column",
            ["width"] = "stretch",
            ["selectAction"] = WithoutFallback(chip.Action),
            ["items"] = new JsonArray(new JsonObject
            {
                ["type"] = "TextBlock",
                ["text"] = chip.Label,
                ["wrap"] = true,
                ["horizontalAlignment"] = "Center",
                ["weight"] = chip.Selected ? "Bolder" : "Default",
                ["color"] = chip.Selected ? "Accent" : "Default",
            }),
        })]),
    };

    /// <summary>An overflow-menu action.</summary>
    public static JsonObject Secondary(JsonObject action)
    {
        action["mode"] = "secondary";
        if (action["fallback"] is JsonObject fallback)
        {
            fallback["mode"] = "secondary";
        }

        return action;
    }

    public static JsonObject Line(string text, bool subtle = false, bool bold = false, string? spacing = null)
    {
        var block = AdaptiveCards.Text(bold ? $"**{text}**" : text, subtle);
        if (spacing is not null)
        {
            block["spacing"] = spacing;
        }

        return block;
    }

    public static JsonObject Quote(string phrase) => AdaptiveCards.Text($"“{phrase}”");

    public static JsonObject Title(string text, string? subtitle = null) => subtitle is null
        ? AdaptiveCards.Title(text)
        : new JsonObject
        {
            ["type"] = "Container",
            ["items"] = new JsonArray(AdaptiveCards.Title(text), Line(subtitle, subtle: true, spacing: "None")),
        };

    // A select action has no fallback property in the schema; Teams' older clients get the Action.Submit it names.
    private static JsonObject WithoutFallback(JsonObject action)
    {
        action.Remove("fallback");
        return action;
    }
}
