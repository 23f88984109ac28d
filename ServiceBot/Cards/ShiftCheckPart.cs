using System.Text.Json.Nodes;
using ServiceBot.Content.Model;
using ServiceBot.Dialogs;
using ServiceBot.Localization;

namespace ServiceBot.Cards;

/// <summary>
/// The once-per-shift self-check on the service card, above the service: the points' names (the protocol steps marked
/// <c>shiftCheck</c>) on one glance, then "Listo" or "Omitir" as one row. It never blocks: the service below works as
/// usual. Compact on purpose: the service card must still fit one phone screen with it.
/// </summary>
public static class ShiftCheckPart
{
    /// <summary>The element's id, so a card can tell it already carries the self-check.</summary>
    public const string Id = "shift-check";

    public static JsonObject Create(CardTexts texts, IReadOnlyList<ProtocolStep> points)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(points);
        var names = string.Join(" · ", points.Select(point => $"**{texts.Of(point.Checklist)}**"));
        var items = new JsonArray(
            LiveParts.Line($"🪞 {texts[TextKeys.ShiftCheckTitle]}: {names}"),
            CardFragments.Node(texts, "shift-check.answers", 0, null, static (texts, _, _) => LiveParts.Chips([
                ($"✓ {texts[TextKeys.ShiftCheckDone]}", false, CardActions.Execute(texts[TextKeys.ShiftCheckDone], CoachingVerbs.ShiftCheck, ("answer", nameof(ShiftCheckAnswer.Done)))),
                (texts[TextKeys.ShiftCheckSkip], false, CardActions.Execute(texts[TextKeys.ShiftCheckSkip], CoachingVerbs.ShiftCheck, ("answer", nameof(ShiftCheckAnswer.Skipped)))),
            ])));
        return new JsonObject { ["type"] = "Container", ["id"] = Id, ["style"] = "emphasis", ["items"] = items };
    }

    /// <summary>True when the card shows the self-check.</summary>
    public static bool IsIn(JsonObject card) =>
        card["body"] is JsonArray body && body.Any(element => element is JsonObject item && (string?)item["id"] == Id);
}
