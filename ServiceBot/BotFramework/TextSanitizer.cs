using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ServiceBot.BotFramework;

/// <summary>
/// Removes the characters a person cannot see from text that arrives from a channel: control characters (Cc) and
/// format characters (Cf), among them the bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069) that
/// make text read differently from what it holds, zero-width characters and tag characters. Tab and newline stay; a
/// carriage return becomes a newline. Unpaired surrogates are dropped. Text with nothing to remove is returned as is.
/// </summary>
public static class TextSanitizer
{
    public static string? Clean(string? text)
    {
        if (string.IsNullOrEmpty(text) || !NeedsCleaning(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var rest = text.AsSpan();
        while (!rest.IsEmpty)
        {
            if (Rune.DecodeFromUtf16(rest, out var rune, out var consumed) != OperationStatus.Done)
            {
                rest = rest[consumed..];
                continue;
            }

            if (rune.Value == '\r')
            {
                // CRLF keeps one newline; a lone CR becomes one.
                if (rest.Length < 2 || rest[1] != '\n')
                {
                    builder.Append('\n');
                }
            }
            else if (!IsInvisible(rune))
            {
                builder.Append(rest[..consumed]);
            }

            rest = rest[consumed..];
        }

        return builder.ToString();
    }

    /// <summary>Every string value inside <paramref name="value"/> (at any depth) cleaned; property names and other values unchanged.</summary>
    public static JsonElement? Clean(JsonElement? value)
    {
        if (value is not { } element || !ContainsDirtyString(element))
        {
            return value;
        }

        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(element, writer);
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }

    private static bool IsInvisible(Rune rune) =>
        rune.Value is not ('\t' or '\n') &&
        Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control or UnicodeCategory.Format;

    private static bool NeedsCleaning(string text)
    {
        var rest = text.AsSpan();
        while (!rest.IsEmpty)
        {
            if (Rune.DecodeFromUtf16(rest, out var rune, out var consumed) != OperationStatus.Done || rune.Value == '\r' || IsInvisible(rune))
            {
                return true;
            }

            rest = rest[consumed..];
        }

        return false;
    }

    private static bool ContainsDirtyString(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => NeedsCleaning(element.GetString()!),
        JsonValueKind.Object => element.EnumerateObject().Any(p => ContainsDirtyString(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().Any(ContainsDirtyString),
        _ => false,
    };

    private static void Write(JsonElement element, Utf8JsonWriter writer)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                writer.WriteStringValue(Clean(element.GetString()));
                break;
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var property in element.EnumerateObject())
                {
                    writer.WritePropertyName(property.Name);
                    Write(property.Value, writer);
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                {
                    Write(item, writer);
                }

                writer.WriteEndArray();
                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }
}
