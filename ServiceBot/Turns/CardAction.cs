using System.Text.Json;
using ServiceBot.BotFramework.Schema;

namespace ServiceBot.Turns;

/// <summary>
/// Reads a card button press, whichever way it arrived: an <c>adaptiveCard/action</c> invoke (Action.Execute, verb in
/// <c>value.action.verb</c>) or a message whose <c>value</c> carries the Action.Submit data (verb in <c>value.verb</c>).
/// </summary>
public static class CardAction
{
    public const string VerbProperty = "verb";

    public static string? GetVerb(Activity activity) => GetData(activity) is { } data &&
        data.TryGetProperty(VerbProperty, out var verb) && verb.ValueKind == JsonValueKind.String
            ? verb.GetString()
            : GetExecuteVerb(activity);

    /// <summary>The button's data (inputs merged in), or null when the activity is not a card action.</summary>
    public static JsonElement? GetData(Activity activity)
    {
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value)
        {
            return null;
        }

        if (activity.IsType(ActivityTypes.Invoke) && activity.Name == InvokeNames.AdaptiveCardAction)
        {
            return value.TryGetProperty("action", out var action) && action.ValueKind == JsonValueKind.Object &&
                action.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
                    ? data
                    : null;
        }

        return activity.IsType(ActivityTypes.Message) ? value : null;
    }

    private static string? GetExecuteVerb(Activity activity) =>
        activity.IsType(ActivityTypes.Invoke) && activity.Name == InvokeNames.AdaptiveCardAction &&
        activity.Value is { ValueKind: JsonValueKind.Object } value &&
        value.TryGetProperty("action", out var action) && action.ValueKind == JsonValueKind.Object &&
        action.TryGetProperty("verb", out var verb) && verb.ValueKind == JsonValueKind.String
            ? verb.GetString()
            : null;
}
