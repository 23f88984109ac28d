using System.Text.Json.Nodes;
using ServiceBot.Content.Model;
using ServiceBot.Dialogs;
using ServiceBot.Localization;

namespace ServiceBot.Cards;

/// <summary>
/// The once-per-shift self-check on the service card, above the service: each point (the protocol steps marked
/// <c>shiftCheck</c>) at a glance, then "Listo" or "Omitir". It never blocks: the service below works as usual.
/// </summary>
public static class ShiftCheckPart
{
    public static JsonObject Create(CardTexts texts, IReadOnlyList<ProtocolStep> points)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(points);
        var items = new JsonArray(LiveParts.Line($"🪞 {texts[TextKeys.ShiftCheckTitle]}", bold: true));
        foreach (var point in points)
        {
            var first = point.Do.Count > 0 ? $" {texts.Of(point.Do[0])}" : string.Empty;
            items.Add(LiveParts.Line($"**{texts.Of(point.Checklist)}.**{first}", subtle: true, spacing: "None"));
        }

        items.Add(CardActions.Set([
            CardActions.Execute(texts[TextKeys.ShiftCheckDone], CoachingVerbs.ShiftCheck, ("answer", nameof(ShiftCheckAnswer.Done))),
            CardActions.Execute(texts[TextKeys.ShiftCheckSkip], CoachingVerbs.ShiftCheck, ("answer", nameof(ShiftCheckAnswer.Skipped))),
        ]));
        return new JsonObject { ["type"] = "Container", ["style"] = "emphasis", ["items"] = items };
    }
}
