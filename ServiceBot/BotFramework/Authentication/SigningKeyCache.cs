namespace ServiceBot.BotFramework.Authentication;

/// <summary>
/// The signing keys of one metadata address. Requests that hold usable keys never wait for a fetch: keys older than the
/// refresh interval keep serving while one background read replaces them. Only when no keys were ever obtained does a
/// request wait, for at most the fetch timeout. One read runs at a time and everyone who needs it shares it; a token
/// naming an unknown key id starts one (key rollover) unless one started within the minimum interval, so forged key ids
/// cannot hammer the issuer. A failed or timed-out read keeps the last good keys.
/// </summary>
public sealed class SigningKeyCache : IDisposable
{
    private readonly string _metadataUrl;
    private readonly OpenIdMetadataRetriever _retriever;
    private readonly TimeProvider _time;
    private readonly SigningKeyCacheSettings _settings;
    private readonly ILogger _logger;
    private readonly BotAuthenticationMetrics? _metrics;
    private readonly CancellationTokenSource _disposed = new();
    private readonly CancellationToken _stopping;
    private readonly Lock _gate = new();
    private SigningKeySet? _current;
    private Task<SigningKeySet?>? _fetch;
    private DateTimeOffset _lastFetchStarted = DateTimeOffset.MinValue;
    private int _disposeCount;

    public SigningKeyCache(
        string metadataUrl,
        OpenIdMetadataRetriever retriever,
        TimeProvider time,
        SigningKeyCacheSettings settings,
        ILogger logger,
        BotAuthenticationMetrics? metrics = null)
    {
        _metadataUrl = metadataUrl;
        _retriever = retriever;
        _time = time;
        _settings = settings;
        _logger = logger;
        _metrics = metrics;
        _stopping = _disposed.Token;
    }

    public string MetadataUrl => _metadataUrl;

    /// <summary>
    /// The keys to validate with now. Stale keys are returned at once and refreshed in the background; with no keys
    /// the call waits for the (shared) fetch.
    /// </summary>
    /// <exception cref="SigningKeysUnavailableException">No keys were ever obtained and the fetch failed or timed out.</exception>
    public async ValueTask<SigningKeySet> GetAsync(CancellationToken cancellationToken)
    {
        var current = Volatile.Read(ref _current);
        if (current is not null)
        {
            if (_time.GetUtcNow() - current.RetrievedAt >= _settings.RefreshInterval)
            {
                _ = StartFetch(rateLimited: true);
            }

            return current;
        }

        var fetch = StartFetch(rateLimited: false)!;
        return await fetch.WaitAsync(cancellationToken) ?? Volatile.Read(ref _current) ?? throw Unavailable();
    }

    /// <summary>
    /// A token names a key id these keys lack: shares the fetch under way, or starts one unless one started within the
    /// minimum interval. Returns the newest keys, which may still lack the key id.
    /// </summary>
    public async ValueTask<SigningKeySet> RefreshForUnknownKeyAsync(string? keyId, CancellationToken cancellationToken)
    {
        Task<SigningKeySet?>? fetch;
        lock (_gate)
        {
            if (_current is { } current && current.HasKey(keyId))
            {
                return current;
            }

            fetch = StartFetchLocked(rateLimited: true);
        }

        var keys = fetch is null ? null : await fetch.WaitAsync(cancellationToken);
        return keys ?? Volatile.Read(ref _current) ?? throw Unavailable();
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposeCount, 1) == 0)
        {
            _disposed.Cancel();
            _disposed.Dispose();
        }
    }

    private Task<SigningKeySet?>? StartFetch(bool rateLimited)
    {
        lock (_gate)
        {
            return StartFetchLocked(rateLimited);
        }
    }

    private Task<SigningKeySet?>? StartFetchLocked(bool rateLimited)
    {
        if (_fetch is { IsCompleted: false } running)
        {
            return running;
        }

        var now = _time.GetUtcNow();
        if (rateLimited && now - _lastFetchStarted < _settings.MinimumRefreshInterval)
        {
            return null;
        }

        _lastFetchStarted = now;

        // The timeout starts now, on the injected clock, not when the thread pool gets to the fetch.
        var timeout = new CancellationTokenSource(_settings.FetchTimeout, _time);
        _fetch = Task.Run(() => FetchAsync(timeout));
        return _fetch;
    }

    private async Task<SigningKeySet?> FetchAsync(CancellationTokenSource timeout)
    {
        using (timeout)
        {
            try
            {
                using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, _stopping);
                var keys = await _retriever.RetrieveAsync(_metadataUrl, linked.Token);
                if (keys.Keys.Count == 0)
                {
                    // An empty key set would refuse every token; the last good keys are worth more.
                    throw new InvalidOperationException("The key set has no signing keys.");
                }

                Volatile.Write(ref _current, keys);
                _metrics?.KeyFetch("success");
                AuthenticationLog.KeysFetched(_logger, keys.Keys.Count, _metadataUrl);
                return keys;
            }
            catch (Exception ex) when (!_stopping.IsCancellationRequested)
            {
                var timedOut = timeout.IsCancellationRequested;
                _metrics?.KeyFetch(timedOut ? "timeout" : "failure");
                var held = Volatile.Read(ref _current)?.Keys.Count ?? 0;
                if (timedOut)
                {
                    AuthenticationLog.KeyFetchTimedOut(_logger, _metadataUrl, _settings.FetchTimeout, held);
                }
                else
                {
                    AuthenticationLog.KeyFetchFailed(_logger, _metadataUrl, ex.GetType().Name, ex.Message, held);
                }

                return null;
            }
            catch (Exception)
            {
                // Shutting down: nobody needs these keys any more.
                return null;
            }
        }
    }

    private SigningKeysUnavailableException Unavailable() =>
        new($"No signing keys could be read from {_metadataUrl} yet.");
}
