using ServiceBot.BotFramework.DirectLine;

namespace ServiceBot.Web.Chat;

/// <summary>Maps the local chat page at <c>/</c>; like the Direct Line it talks to, it exists only in local mode (404 otherwise).</summary>
public static class ChatPageEndpoints
{
    public static IEndpointRouteBuilder MapChatPage(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(ChatPage.Path, ChatPage.Render).AddEndpointFilter<LocalOnlyFilter>();
        return endpoints;
    }
}
