using System.Text.Json;
using ServiceBot.BotFramework.Schema;

namespace ServiceBot.BotFramework.DirectLine;

/// <summary>Direct Line's wire format is the Bot Framework's: the same JSON options.</summary>
public static class DirectLineJson
{
    public static JsonSerializerOptions Options => ProtocolJson.Options;
}
