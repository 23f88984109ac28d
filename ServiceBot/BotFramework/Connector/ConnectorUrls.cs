namespace ServiceBot.BotFramework.Connector;

/// <summary>
/// Builds Connector REST addresses. The base keeps its path (Teams uses prefixes such as <c>/amer/</c>), so paths are
/// appended relative to a base ending in '/', and ids (which contain ':', '@', ';') are escaped.
/// </summary>
public static class ConnectorUrls
{
    public static Uri Conversations(string serviceUrl) => Combine(serviceUrl, "v3/conversations");

    public static Uri Activities(string serviceUrl, string conversationId) =>
        Combine(serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities");

    public static Uri Activity(string serviceUrl, string conversationId, string activityId) =>
        Combine(serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}");

    public static Uri Member(string serviceUrl, string conversationId, string memberId) =>
        Combine(serviceUrl, $"v3/conversations/{Escape(conversationId)}/members/{Escape(memberId)}");

    private static Uri Combine(string serviceUrl, string relative)
    {
        var baseUrl = serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/";
        return new Uri(new Uri(baseUrl, UriKind.Absolute), relative);
    }

    private static string Escape(string id) => Uri.EscapeDataString(id);
}
