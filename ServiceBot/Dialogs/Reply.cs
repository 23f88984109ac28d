using System.Text.Json.Nodes;

namespace ServiceBot.Dialogs;

/// <summary>
/// One thing to show the agent: a short text or an Adaptive Card. A card marked <see cref="ReplacesClickedCard"/>
/// is the new state of the card whose button was pressed. A card marked <see cref="IsLive"/> is the service's one live
/// card: it replaces the live card's message wherever it is in the chat (or is sent, the first time), and
/// <see cref="BringToBottom"/> sends it anew at the bottom of the chat and removes the old copy.
/// </summary>
public sealed record Reply(string? Text, JsonObject? Card, bool ReplacesClickedCard = false)
{
    public bool IsLive { get; init; }

    public bool BringToBottom { get; init; }

    /// <summary>What the live card's old message shows once the card is brought to the bottom ("la atención sigue abajo").</summary>
    public JsonObject? LeaveBehind { get; init; }

    public static Reply Say(string text) => new(text, null);

    public static Reply Show(JsonObject card) => new(null, card);

    public static Reply Replace(JsonObject card) => new(null, card, ReplacesClickedCard: true);

    public static Reply Live(JsonObject card, bool bringToBottom = false, JsonObject? leaveBehind = null) =>
        new(null, card) { IsLive = true, BringToBottom = bringToBottom, LeaveBehind = leaveBehind };
}
