namespace ServiceBot.BotFramework.Authentication;

/// <summary>
/// The keys of one metadata address, re-read when older than the refresh interval, and on demand when a token names an
/// unknown key (key rollover) but no more often than the minimum interval, so forged key ids cannot hammer the issuer.
/// A failed refresh keeps the keys already held.
/// </summary>
public sealed class SigningKeyCache(
    string metadataUrl,
    OpenIdMetadataRetriever retriever,
    TimeProvider timeProvider,
    TimeSpan refreshInterval,
    TimeSpan minimumRefreshInterval) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private SigningKeySet? _current;
    private DateTimeOffset _lastAttempt = DateTimeOffset.MinValue;

    public string MetadataUrl => metadataUrl;

    public async Task<SigningKeySet> GetAsync(CancellationToken cancellationToken)
    {
        var current = _current;
        if (current is not null && timeProvider.GetUtcNow() - current.RetrievedAt < refreshInterval)
        {
            return current;
        }

        return await RefreshAsync(force: false, cancellationToken) ?? throw new InvalidOperationException("No signing keys available.");
    }

    /// <summary>Re-reads the keys unless that was tried within the minimum interval. Returns the new set, or null when rate-limited.</summary>
    public async Task<SigningKeySet?> TryRefreshAsync(CancellationToken cancellationToken) =>
        await RefreshAsync(force: true, cancellationToken);

    private async Task<SigningKeySet?> RefreshAsync(bool force, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var now = timeProvider.GetUtcNow();
            if (force && now - _lastAttempt < minimumRefreshInterval)
            {
                return null;
            }

            if (!force && _current is not null && now - _current.RetrievedAt < refreshInterval)
            {
                return _current;
            }

            _lastAttempt = now;
            try
            {
                _current = await retriever.RetrieveAsync(metadataUrl, cancellationToken);
            }
            catch (Exception) when (_current is not null && !cancellationToken.IsCancellationRequested)
            {
                // Keep serving the keys we have; the next interval tries again.
                return force ? null : _current;
            }

            return _current;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
