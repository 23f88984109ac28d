using System.Text.Json;

namespace ServiceBot.MessageExtensions;

/// <summary>
/// The <c>value</c> of a <c>composeExtension/query</c> invoke: the command, the search text and paging.
/// An initial run (Teams opens the extension before anything is typed) has no search text.
/// </summary>
public sealed record ComposeExtensionQuery(string? CommandId, string? SearchText, int Skip, int Count)
{
    public const int MaxCount = 25;

    public static ComposeExtensionQuery Parse(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } v)
        {
            return new ComposeExtensionQuery(null, null, 0, MaxCount);
        }

        var commandId = v.TryGetProperty("commandId", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
        string? text = null;
        if (v.TryGetProperty("parameters", out var parameters) && parameters.ValueKind == JsonValueKind.Array)
        {
            text = parameters.EnumerateArray()
                .Where(p => p.ValueKind == JsonValueKind.Object && p.TryGetProperty("name", out var name) && name.GetString() != "initialRun")
                .Select(p => p.TryGetProperty("value", out var pv) && pv.ValueKind == JsonValueKind.String ? pv.GetString() : null)
                .FirstOrDefault(t => !string.IsNullOrWhiteSpace(t));
        }

        var skip = 0;
        var count = MaxCount;
        if (v.TryGetProperty("queryOptions", out var options) && options.ValueKind == JsonValueKind.Object)
        {
            skip = options.TryGetProperty("skip", out var s) && s.TryGetInt32(out var si) ? Math.Max(0, si) : 0;
            count = options.TryGetProperty("count", out var n) && n.TryGetInt32(out var ni) ? Math.Clamp(ni, 1, MaxCount) : MaxCount;
        }

        return new ComposeExtensionQuery(commandId, text?.Trim(), skip, count);
    }
}
