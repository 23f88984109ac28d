namespace ServiceBot.LoadTest.Channel;

/// <summary>The Connector API operations the channel stand-in answers.</summary>
internal enum ConnectorCallKind
{
    /// <summary>POST /v3/conversations/{id}/activities</summary>
    Send,

    /// <summary>POST /v3/conversations/{id}/activities/{replyToId}</summary>
    Reply,

    /// <summary>PUT /v3/conversations/{id}/activities/{activityId}</summary>
    Update,

    /// <summary>DELETE /v3/conversations/{id}/activities/{activityId}</summary>
    Delete,

    /// <summary>POST /v3/conversations</summary>
    CreateConversation,

    /// <summary>GET /v3/conversations/{id}/members/{memberId}</summary>
    GetMember,
}
