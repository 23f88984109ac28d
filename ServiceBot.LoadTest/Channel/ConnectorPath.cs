namespace ServiceBot.LoadTest.Channel;

/// <summary>
/// A Connector API request understood from its method and path: which operation, on which conversation and activity.
/// The serviceUrl's own path prefix (Teams uses /amer/, /emea/...) comes before <c>v3/</c> and is ignored.
/// </summary>
internal sealed record ConnectorPath(ConnectorCallKind Kind, string? ConversationId, string? ActivityId)
{
    /// <summary>Null when the request is not a Connector operation the stand-in knows.</summary>
    public static ConnectorPath? Parse(string method, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var v3 = Array.IndexOf(segments, "v3");
        if (v3 < 0 || v3 + 1 >= segments.Length || segments[v3 + 1] != "conversations")
        {
            return null;
        }

        var rest = segments[(v3 + 2)..].Select(Uri.UnescapeDataString).ToArray();
        return (method, rest) switch
        {
            ("POST", []) => new ConnectorPath(ConnectorCallKind.CreateConversation, null, null),
            ("POST", [var conversation, "activities"]) => new ConnectorPath(ConnectorCallKind.Send, conversation, null),
            ("POST", [var conversation, "activities", var replyTo]) => new ConnectorPath(ConnectorCallKind.Reply, conversation, replyTo),
            ("PUT", [var conversation, "activities", var activity]) => new ConnectorPath(ConnectorCallKind.Update, conversation, activity),
            ("DELETE", [var conversation, "activities", var activity]) => new ConnectorPath(ConnectorCallKind.Delete, conversation, activity),
            ("GET", [var conversation, "members", _]) => new ConnectorPath(ConnectorCallKind.GetMember, conversation, null),
            _ => null,
        };
    }
}
