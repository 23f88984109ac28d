using System.Text.Json.Nodes;

namespace ServiceBot.Dialogs;

/// <summary>
/// One thing to show the agent: a short text or an Adaptive Card. A card marked <see cref="ReplacesClickedCard"/>
/// is the new state of the card whose button was pressed (the checklist ticking in place).
/// </summary>
public sealed record Reply(string? Text, JsonObject? Card, bool ReplacesClickedCard = false)
{
    public static Reply Say(string text) => new(text, null);

    public static Reply Show(JsonObject card) => new(null, card);

    public static Reply Replace(JsonObject card) => new(null, card, ReplacesClickedCard: true);
}
