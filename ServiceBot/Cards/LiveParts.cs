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

    /// <summary>Teams and the official renderer take at most five actions at a card's foot; the "…" menu is those.</summary>
    public const int MaxMenuActions = 5;

    /// <summary>
    /// A card whose primary buttons sit at the end of its body, two to a row so their labels fit a phone whole, and
    /// whose other actions go to the card's "…" menu.
    /// </summary>
    public static JsonObject Card(IEnumerable<JsonNode> body, IEnumerable<JsonNode> actions)
    {
        var all = actions.Select(action => action as JsonObject ?? throw new ArgumentException("A live card's actions are built here as objects; kept ones go through Buttons.", nameof(actions))).ToList();
        var primary = all.Where(a => a["mode"]?.GetValue<string>() != "secondary").ToList();
        if (primary.Count > MaxPrimaryActions)
        {
            throw new InvalidOperationException($"A live card shows at most {MaxPrimaryActions} buttons; put the rest in its \"…\" menu.");
        }

        if (all.Count - primary.Count > MaxMenuActions)
        {
            throw new InvalidOperationException($"A card's \"…\" menu holds at most {MaxMenuActions} actions.");
        }

        var rows = primary.Chunk(2).Select(row => (JsonNode)CardActions.Set(row));
        return AdaptiveCards.Card([.. body, .. rows], all.Except(primary));
    }

    /// <summary>A card's buttons laid out as <see cref="Card(IEnumerable{JsonNode}, IEnumerable{JsonNode})"/> lays them out, kept as fragments.</summary>
    public static KeptButtons Buttons(IEnumerable<JsonNode> actions)
    {
        var card = Card([], actions);
        var rows = card["body"]!.AsArray().Select(row => CardFragment.Of(row!)).ToArray();
        return new KeptButtons(rows, card["actions"] is { } menu ? CardFragment.Of(menu) : null);
    }

    /// <summary>A card with buttons kept by <see cref="Buttons"/>: the same JSON as with the actions themselves.</summary>
    public static JsonObject Card(IEnumerable<JsonNode> body, KeptButtons buttons)
    {
        ArgumentNullException.ThrowIfNull(buttons);
        return AdaptiveCards.CardWith([.. body, .. buttons.Rows.Select(row => row.ToNode())], buttons.Menu?.ToNode());
    }

    /// <summary>What the live card's old message becomes when the card is brought to the bottom of the chat.</summary>
    public static JsonObject MovedDown(CardTexts texts) => AdaptiveCards.Card([Line($"⬇️ {texts[Localization.TextKeys.LiveMovedDown]}", subtle: true)]);

    /// <summary>
    /// A row of chips, each as wide as its label needs (a weight by length), so "En persona" beside "Chat" keeps to
    /// one line at 360 px instead of wrapping in an equal quarter.
    /// </summary>
    public static JsonObject Chips(IEnumerable<(string Label, bool Selected, JsonObject Action)> chips) => new()
    {
        ["type"] = "ColumnSet",
        ["spacing"] = "Small",
        ["columns"] = new JsonArray([.. chips.Select(chip => (JsonNode)new JsonObject
        {
            ["type"] = "Column",
            ["width"] = Math.Max(chip.Label.Length, 4) + 2,
            ["selectAction"] = Tap(chip.Action),
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

    /// <summary>An action for a tappable area (selectAction), which takes no fallback.</summary>
    public static JsonObject Tap(JsonObject action)
    {
        action.Remove("fallback");
        return action;
    }
}

/// <summary>A card's rows of primary buttons (the end of its body) and its "…" menu (its actions), serialised once.</summary>
public sealed record KeptButtons(IReadOnlyList<CardFragment> Rows, CardFragment? Menu);
