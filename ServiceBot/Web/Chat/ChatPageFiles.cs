using ServiceBot.BotFramework.DirectLine;

namespace ServiceBot.Web.Chat;

/// <summary>
/// The static files only the local chat page uses — Web Chat's bundle (<c>/assets/webchat.js</c>, its source map and
/// legal notices) and <c>/chat/</c> — answer 404 wherever the page itself does (<see cref="LocalOnly"/>). The bundles
/// and styles of the studio, the results and the survey are served as always.
/// </summary>
public static class ChatPageFiles
{
    private static readonly PathString ChatFolder = new("/chat");
    private const string WebChatBundle = "/assets/webchat.";

    public static bool IsChatPageFile(PathString path) =>
        path.StartsWithSegments(ChatFolder, StringComparison.OrdinalIgnoreCase) ||
        (path.Value ?? string.Empty).StartsWith(WebChatBundle, StringComparison.OrdinalIgnoreCase);

    /// <summary>Call before the static files middleware.</summary>
    public static IApplicationBuilder UseChatPageFiles(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var localOnly = app.ApplicationServices.GetRequiredService<LocalOnly>();
        return app.Use((context, next) =>
        {
            if (IsChatPageFile(context.Request.Path) && !localOnly.Allows(context))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            }

            return next(context);
        });
    }
}
