using System.Text.Json;

namespace ServiceBot.LoadTest.Script;

/// <summary>A button on an Adaptive Card: its action type, title, verb (Action.Execute's, else <c>data.verb</c>) and data.</summary>
internal sealed record CardButton(string Type, string? Title, string? Verb, JsonElement? Data)
{
    public const string Submit = "Action.Submit";
    public const string Execute = "Action.Execute";

    /// <summary>
    /// The Action.Submit and Action.Execute buttons of a card in reading order (body before actions, depth first),
    /// leaving out fallbacks: a client that renders the button never shows its fallback.
    /// </summary>
    public static IReadOnlyList<CardButton> FindAll(JsonElement card)
    {
        var found = new List<CardButton>();
        Collect(card, found);
        return found;
    }

    private static void Collect(JsonElement element, List<CardButton> found)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, found);
                }

                break;
            case JsonValueKind.Object:
                if (element.TryGetProperty("type", out var type) && type.GetString() is Submit or Execute)
                {
                    found.Add(Read(element, type.GetString()!));
                }

                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name is not ("fallback" or "data"))
                    {
                        Collect(property.Value, found);
                    }
                }

                break;
        }
    }

    private static CardButton Read(JsonElement action, string type)
    {
        var title = action.TryGetProperty("title", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        JsonElement? data = action.TryGetProperty("data", out var d) ? d.Clone() : null;
        var verb = type == Execute && action.TryGetProperty("verb", out var v) && v.ValueKind == JsonValueKind.String
            ? v.GetString()
            : data is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty("verb", out var dataVerb) && dataVerb.ValueKind == JsonValueKind.String
                ? dataVerb.GetString()
                : null;
        return new CardButton(type, title, verb, data);
    }
}
