using System.Collections.Concurrent;

namespace ServiceBot.LoadTest.Channel;

/// <summary>
/// The conversations in flight, by id, so each Connector call lands in its conversation's ledger; calls for a
/// conversation not (or no longer) running, and calls the stand-in refused, are counted apart.
/// </summary>
internal sealed class ConnectorLedger
{
    private readonly ConcurrentDictionary<string, ConversationLedger> _open = new(StringComparer.Ordinal);
    private long _refused;

    /// <summary>Calls for no running conversation (proactive messages, a created conversation, a late reply).</summary>
    public ConnectorTotals Unattributed { get; } = new();

    /// <summary>Calls without a valid app token, or not a Connector operation: answered 401 or 404.</summary>
    public long Refused => Interlocked.Read(ref _refused);

    public ConversationLedger Open(string conversationId, ConversationTranscript? transcript = null)
    {
        var ledger = new ConversationLedger(conversationId) { Transcript = transcript };
        return _open.TryAdd(conversationId, ledger)
            ? ledger
            : throw new InvalidOperationException($"Conversation {conversationId} is already running.");
    }

    public void Close(ConversationLedger ledger)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        _open.TryRemove(ledger.ConversationId, out _);
        ledger.Dispose();
    }

    public void Record(ConnectorPath call, string? activityId, byte[] body)
    {
        ArgumentNullException.ThrowIfNull(call);
        if (call.ConversationId is { } id && _open.TryGetValue(id, out var ledger))
        {
            ledger.RecordCall(call.Kind, activityId, body);
        }
        else
        {
            Unattributed.Add(call.Kind, body.Length);
        }
    }

    public void Refuse() => Interlocked.Increment(ref _refused);
}
