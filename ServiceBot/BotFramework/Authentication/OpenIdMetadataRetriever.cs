using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace ServiceBot.BotFramework.Authentication;

/// <summary>
/// Reads OpenID metadata, follows its <c>jwks_uri</c> and returns the keys with their endorsements.
/// The stock configuration retriever drops the non-standard <c>endorsements</c> field, so the key document is parsed here.
/// </summary>
public sealed class OpenIdMetadataRetriever(IHttpClientFactory httpClientFactory, TimeProvider timeProvider)
{
    public const string HttpClientName = "ServiceBot.OpenIdMetadata";

    public async Task<SigningKeySet> RetrieveAsync(string metadataUrl, CancellationToken cancellationToken)
    {
        var client = httpClientFactory.CreateClient(HttpClientName);
        using var metadata = await GetJsonAsync(client, metadataUrl, cancellationToken);
        if (!metadata.RootElement.TryGetProperty("jwks_uri", out var jwksUriElement) || jwksUriElement.GetString() is not { } jwksUri)
        {
            throw new InvalidOperationException($"OpenID metadata at {metadataUrl} has no jwks_uri.");
        }

        var keysJson = await GetStringAsync(client, jwksUri, cancellationToken);
        var keySet = new JsonWebKeySet(keysJson);
        return new SigningKeySet(keySet.GetSigningKeys().ToArray(), ReadEndorsements(keysJson), timeProvider.GetUtcNow());
    }

    private static Dictionary<string, IReadOnlySet<string>> ReadEndorsements(string keysJson)
    {
        using var document = JsonDocument.Parse(keysJson);
        var result = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        if (!document.RootElement.TryGetProperty("keys", out var keys) || keys.ValueKind != JsonValueKind.Array)
        {
            return result;
        }

        foreach (var key in keys.EnumerateArray())
        {
            if (key.TryGetProperty("kid", out var kid) && kid.GetString() is { } keyId &&
                key.TryGetProperty("endorsements", out var endorsements) && endorsements.ValueKind == JsonValueKind.Array)
            {
                result[keyId] = endorsements.EnumerateArray()
                    .Select(e => e.GetString())
                    .OfType<string>()
                    .ToHashSet(StringComparer.Ordinal);
            }
        }

        return result;
    }

    private static async Task<JsonDocument> GetJsonAsync(HttpClient client, string url, CancellationToken cancellationToken) =>
        JsonDocument.Parse(await GetStringAsync(client, url, cancellationToken));

    private static async Task<string> GetStringAsync(HttpClient client, string url, CancellationToken cancellationToken)
    {
        var uri = new Uri(url, UriKind.Absolute);
        if (uri.Scheme != Uri.UriSchemeHttps && !uri.IsLoopback)
        {
            throw new InvalidOperationException($"Refusing to read signing keys over plain HTTP from {uri.Host}.");
        }

        using var response = await client.GetAsync(uri, cancellationToken);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync(cancellationToken);
    }
}
