using System.Text.Json;
using ServiceBot.BotFramework.Schema;

namespace ServiceBot.Tests.Fixtures;

/// <summary>One request the bot made to the fake channel's Connector API.</summary>
public sealed record ConnectorCall(string Method, string Path, string? Authorization, string Body, string? ResponseId = null)
{
    public Activity Activity => JsonSerializer.Deserialize<Activity>(Body, ProtocolJson.Options)!;

    public JsonElement Json => JsonDocument.Parse(Body).RootElement;
}
