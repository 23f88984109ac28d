using System.Buffers;
using System.Text.Json;
using ServiceBot.BotFramework.Schema;

namespace ServiceBot.BotFramework.Connector;

/// <summary>
/// An update's body from an activity's protocol JSON already written without an id (as the outbox stores it): the
/// same object with <c>"id"</c> first, so the card is not serialised again for the call.
/// </summary>
internal static class ActivityJsonId
{
    /// <summary><paramref name="json"/> (a JSON object with no <c>id</c>) with <c>"id": <paramref name="id"/></c> added.</summary>
    public static ReadOnlyMemory<byte> Add(ReadOnlyMemory<byte> json, string id)
    {
        var rest = json.Span.TrimStart(" \t\r\n"u8);
        if (rest.IsEmpty || rest[0] != (byte)'{')
        {
            throw new ArgumentException("An activity's JSON is an object.", nameof(json));
        }

        rest = rest[1..];
        var buffer = new ArrayBufferWriter<byte>(json.Length + id.Length + 16);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = ProtocolJson.Options.Encoder }))
        {
            writer.WriteStartObject();
            writer.WriteString("id"u8, id);
            writer.Flush();
        }

        var members = rest.TrimStart(" \t\r\n"u8);
        if (members.IsEmpty || members[0] != (byte)'}')
        {
            buffer.Write(","u8);
        }

        buffer.Write(rest);
        return buffer.WrittenMemory;
    }
}
