namespace ServiceBot.LoadTest.Channel;

/// <summary>Connector calls and request bytes, overall and per operation; added up across conversations.</summary>
internal sealed class ConnectorTotals
{
    private readonly long[] _calls = new long[Enum.GetValues<ConnectorCallKind>().Length];
    private long _bytes;
    private long _invokeResponseBytes;

    public long Calls => _calls.Sum();

    public long Bytes => Interlocked.Read(ref _bytes);

    /// <summary>Bytes of the invoke responses the bot answered in the HTTP body (not Connector calls, but replies too).</summary>
    public long InvokeResponseBytes => Interlocked.Read(ref _invokeResponseBytes);

    public IReadOnlyDictionary<ConnectorCallKind, long> ByKind =>
        Enum.GetValues<ConnectorCallKind>().Where(k => _calls[(int)k] > 0).ToDictionary(k => k, k => Interlocked.Read(ref _calls[(int)k]));

    public void Add(ConnectorCallKind kind, long bytes)
    {
        Interlocked.Increment(ref _calls[(int)kind]);
        Interlocked.Add(ref _bytes, bytes);
    }

    public void AddInvokeResponse(long bytes) => Interlocked.Add(ref _invokeResponseBytes, bytes);

    public void Add(ConnectorTotals other)
    {
        ArgumentNullException.ThrowIfNull(other);
        for (var i = 0; i < _calls.Length; i++)
        {
            Interlocked.Add(ref _calls[i], Interlocked.Read(ref other._calls[i]));
        }

        Interlocked.Add(ref _bytes, other.Bytes);
        Interlocked.Add(ref _invokeResponseBytes, other.InvokeResponseBytes);
    }
}
