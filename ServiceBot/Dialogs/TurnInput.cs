using System.Text.Json;
using ServiceBot.Coaching;
using ServiceBot.Localization;

namespace ServiceBot.Dialogs;

/// <summary>
/// What the agent did this turn, reduced to what the dialog needs: typed text (mention removed) or a card button
/// (verb and data), who and where, and the agent's local time.
/// </summary>
public sealed record TurnInput
{
    public string Text { get; init; } = string.Empty;

    public string? Verb { get; init; }

    public JsonElement? Data { get; init; }

    public required Language Language { get; init; }

    public string? Locale { get; init; }

    public required AgentLocalTime LocalTime { get; init; }

    public required string UserId { get; init; }

    public string? UserName { get; init; }

    public string? ConversationId { get; init; }

    /// <summary>What the bot keeps about the agent across chats (shift, tip of the day, settings).</summary>
    public AgentProfile Agent { get; init; } = AgentProfile.New;

    /// <summary>The incoming activity's id: makes ids the turn creates stable when the turn is run again.</summary>
    public required string ActivityId { get; init; }

    public string? DataString(string name) =>
        Data is { ValueKind: JsonValueKind.Object } data && data.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    /// <summary>
    /// A button's value that must be one of <typeparamref name="TEnum"/>'s values, by name ("Greeting"); null when it
    /// is missing or names none (a number such as "99" from a tampered or outdated card is not a value).
    /// </summary>
    public TEnum? DataEnum<TEnum>(string name)
        where TEnum : struct, Enum =>
        Enum.TryParse<TEnum>(DataString(name), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;

    public int? DataInt(string name) =>
        Data is { ValueKind: JsonValueKind.Object } data && data.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.Number when value.TryGetInt32(out var number) => number,
                JsonValueKind.String when int.TryParse(value.GetString(), System.Globalization.CultureInfo.InvariantCulture, out var parsed) => parsed,
                _ => null,
            }
            : null;
}
