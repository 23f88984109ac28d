namespace ServiceBot.Feedback;

/// <summary>
/// The address a browser on this machine reaches the app at, from the addresses the server listens on: the first
/// http(s) one, with a wildcard host (0.0.0.0, [::], +, *) or a loopback one (127.0.0.1, [::1]) written as localhost, the
/// name the local chat page is opened at, so a link and the page share one origin (and its cookies). Development only:
/// elsewhere links come from configuration, never from what the server or a request says.
/// </summary>
public static class ListeningAddress
{
    private static readonly string[] WildcardHosts = ["://0.0.0.0:", "://[::]:", "://+:", "://*:"];

    public static string? BrowsableFrom(IEnumerable<string>? addresses)
    {
        foreach (var address in addresses ?? [])
        {
            var text = address.Trim();
            foreach (var wildcard in WildcardHosts)
            {
                text = text.Replace(wildcard, "://localhost:", StringComparison.Ordinal);
            }

            if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            {
                return (uri.IsLoopback ? new UriBuilder(uri) { Host = "localhost" }.Uri : uri).GetLeftPart(UriPartial.Authority);
            }
        }

        return null;
    }
}
