namespace ServiceBot.BotFramework.Connector;

/// <summary>
/// Turns off automatic redirects for a named HttpClient, whatever primary handler it ends up with: a channel or token
/// endpoint answering 3xx gets that answer back as a failure, and the bot's token or client secret never follows a
/// Location header to another address.
/// </summary>
public static class RedirectRefusal
{
    public static IHttpClientBuilder RefuseRedirects(this IHttpClientBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        // Post-configured so that it applies after every other handler configuration, a replaced primary handler included.
        builder.Services.PostConfigure<Microsoft.Extensions.Http.HttpClientFactoryOptions>(
            builder.Name,
            options => options.HttpMessageHandlerBuilderActions.Add(handlers => Refuse(handlers.PrimaryHandler)));
        return builder;
    }

    private static void Refuse(HttpMessageHandler handler)
    {
        switch (handler)
        {
            case SocketsHttpHandler sockets:
                sockets.AllowAutoRedirect = false;
                break;
            case HttpClientHandler client:
                client.AllowAutoRedirect = false;
                break;
            default:
                throw new InvalidOperationException($"Cannot turn off redirects on a {handler.GetType().Name}; use a SocketsHttpHandler or HttpClientHandler.");
        }
    }
}
