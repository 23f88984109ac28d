using System.Collections.Concurrent;

namespace ServiceBot.LoadTest.Channel;

/// <summary>
/// The conversations in flight, by id, so each Connector call lands in its conversation's ledger; a call for a
/// conversation that already finished (a reply sent after the last turn's answer) still counts for the phase that
/// conversation belonged to. Calls for no conversation of the run, and calls the stand-in refused, are counted apart.
/// </summary>
internal sealed class ConnectorLedger
{
    private readonly ConcurrentDictionary<string, ConversationLedger> _open = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConnectorTotals> _finished = new(StringComparer.Ordinal);
    private long _refused;
    private long _late;

    /// <summary>Calls for no conversation of this run (proactive messages to others, a created conversation).</summary>
    public ConnectorTotals Unattributed { get; } = new();

    /// <summary>Calls that arrived after their conversation's last turn was answered (counted in its phase).</summary>
    public long Late => Interlocked.Read(ref _late);

    /// <summary>Calls without a valid app token, or not a Connector operation: answered 401 or 404.</summary>
    public long Refused => Interlocked.Read(ref _refused);

    public ConversationLedger Open(string conversationId, ConversationTranscript? transcript = null)
    {
        var ledger = new ConversationLedger(conversationId) { Transcript = transcript };
        return _open.TryAdd(conversationId, ledger)
            ? ledger
            : throw new InvalidOperationException($"Conversation {conversationId} is already running.");
    }

    /// <summary>Ends a conversation; calls that still arrive for it are added to <paramref name="phase"/>.</summary>
    public void Close(ConversationLedger ledger, ConnectorTotals phase)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        _finished[ledger.ConversationId] = phase;
        _open.TryRemove(ledger.ConversationId, out _);
    }

    public void Record(ConnectorPath call, string? activityId, byte[] body)
    {
        ArgumentNullException.ThrowIfNull(call);
        if (call.ConversationId is { } id && _open.TryGetValue(id, out var ledger))
        {
            ledger.RecordCall(call.Kind, activityId, body);
        }
        else if (call.ConversationId is { } finished && _finished.TryGetValue(finished, out var phase))
        {
            Interlocked.Increment(ref _late);
            phase.Add(call.Kind, body.Length);
        }
        else
        {
            Unattributed.Add(call.Kind, body.Length);
        }
    }

    public void Refuse() => Interlocked.Increment(ref _refused);
}
