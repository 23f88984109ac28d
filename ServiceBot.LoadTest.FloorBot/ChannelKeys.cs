using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace ServiceBot.LoadTest.FloorBot;

/// <summary>
/// The Bot Connector's signing keys and the channels each is endorsed for, read from its OpenID metadata once and
/// again on an unknown key id (at most every 30 seconds).
/// </summary>
public sealed class ChannelKeys(FloorBotSettings settings, TimeProvider time) : IDisposable
{
    private static readonly TimeSpan MinimumRefreshInterval = TimeSpan.FromSeconds(30);
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private volatile KeySet? _current;

    public sealed record KeySet(IReadOnlyList<SecurityKey> Keys, IReadOnlyDictionary<string, string[]> Endorsements, DateTimeOffset ReadAt);

    public async Task<KeySet> GetAsync(CancellationToken cancellationToken) =>
        _current ?? await RefreshAsync(null, cancellationToken);

    /// <summary>Reads the keys again unless another caller did since <paramref name="seen"/> or it is too soon.</summary>
    public async Task<KeySet> RefreshAsync(KeySet? seen, CancellationToken cancellationToken)
    {
        await _refresh.WaitAsync(cancellationToken);
        try
        {
            var current = _current;
            if (current is not null && (current != seen || time.GetUtcNow() - current.ReadAt < MinimumRefreshInterval))
            {
                return current;
            }

            _current = await ReadAsync(cancellationToken);
            return _current;
        }
        finally
        {
            _refresh.Release();
        }
    }

    private async Task<KeySet> ReadAsync(CancellationToken cancellationToken)
    {
        using var metadata = JsonDocument.Parse(await Http.GetStringAsync(new Uri(settings.ChannelMetadataUrl), cancellationToken));
        var jwksUri = metadata.RootElement.GetProperty("jwks_uri").GetString()
            ?? throw new InvalidOperationException($"{settings.ChannelMetadataUrl} names no jwks_uri.");
        var json = await Http.GetStringAsync(new Uri(jwksUri), cancellationToken);
        using var document = JsonDocument.Parse(json);
        var endorsements = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var key in document.RootElement.GetProperty("keys").EnumerateArray())
        {
            if (key.TryGetProperty("kid", out var kid) && kid.GetString() is { } id &&
                key.TryGetProperty("endorsements", out var channels) && channels.ValueKind == JsonValueKind.Array)
            {
                endorsements[id] = [.. channels.EnumerateArray().Select(c => c.GetString()).OfType<string>()];
            }
        }

        return new KeySet([.. new JsonWebKeySet(json).GetSigningKeys()], endorsements, time.GetUtcNow());
    }

    public void Dispose() => _refresh.Dispose();
}
