namespace ServiceBot.Feedback;

/// <summary>
/// The address a browser on this machine reaches the app at, from the addresses the server listens on: the first
/// http(s) one, with a wildcard host (0.0.0.0, [::], +, *) or a loopback one (127.0.0.1, [::1]) written as localhost, the
/// name the local chat page is opened at, so a link and the page share one origin (and its cookies). Development only:
/// elsewhere links come from configuration, never from what the server or a request says.
/// </summary>
public static class ListeningAddress
{
    private static readonly string[] WildcardHosts = ["0.0.0.0", "[::]", "+", "*"];

    public static string? BrowsableFrom(IEnumerable<string>? addresses) =>
        FirstHttp(addresses, wildcardHostAs: "localhost") is { } uri
            ? (uri.IsLoopback ? new UriBuilder(uri) { Host = "localhost" }.Uri : uri).GetLeftPart(UriPartial.Authority)
            : null;

    /// <summary>The first http(s) address listened on, its wildcard host (0.0.0.0, [::], +, *) written as <paramref name="wildcardHostAs"/>.</summary>
    public static Uri? FirstHttp(IEnumerable<string>? addresses, string wildcardHostAs)
    {
        foreach (var address in addresses ?? [])
        {
            var text = address.Trim();
            foreach (var wildcard in WildcardHosts)
            {
                text = text.Replace($"://{wildcard}:", $"://{wildcardHostAs}:", StringComparison.Ordinal);
            }

            if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            {
                return uri;
            }
        }

        return null;
    }
}
