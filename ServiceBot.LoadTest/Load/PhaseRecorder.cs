using ServiceBot.LoadTest.Channel;
using ServiceBot.LoadTest.Measurement;

namespace ServiceBot.LoadTest.Load;

/// <summary>
/// What one phase of a run (the cold conversation, the warm-up, the measured conversations) observed: the latency of
/// every answered turn by its place in the script, errors with the first few messages, silent turns, Connector totals.
/// </summary>
internal sealed class PhaseRecorder(int turnsPerConversation)
{
    private const int KeptErrorMessages = 10;
    private readonly List<double>[] _latencies = [.. Enumerable.Range(0, turnsPerConversation).Select(_ => new List<double>())];
    private readonly List<string> _errorMessages = [];
    private long _errors;
    private long _silentTurns;
    private long _turnsSent;
    private int _conversations;

    public ConnectorTotals Connector { get; } = new();

    public long Errors => Interlocked.Read(ref _errors);

    public long SilentTurns => Interlocked.Read(ref _silentTurns);

    /// <summary>Activities posted to the bot, answered or not.</summary>
    public long TurnsSent => Interlocked.Read(ref _turnsSent);

    public int Conversations => Volatile.Read(ref _conversations);

    public IReadOnlyList<string> ErrorMessages
    {
        get
        {
            lock (_errorMessages)
            {
                return [.. _errorMessages];
            }
        }
    }

    public void Sent() => Interlocked.Increment(ref _turnsSent);

    public void Answered(int turn, double milliseconds)
    {
        lock (_latencies[turn])
        {
            _latencies[turn].Add(milliseconds);
        }
    }

    public void Error(int turn, string message)
    {
        Interlocked.Increment(ref _errors);
        lock (_errorMessages)
        {
            if (_errorMessages.Count < KeptErrorMessages)
            {
                _errorMessages.Add($"turn {turn + 1}: {message}");
            }
        }
    }

    public void Silent(int turn)
    {
        Interlocked.Increment(ref _silentTurns);
        Error(turn, "the bot showed nothing (no Connector call, no invoke body)");
    }

    public void Finished(ConnectorTotals conversation)
    {
        Connector.Add(conversation);
        Interlocked.Increment(ref _conversations);
    }

    public long TurnsAnswered => _latencies.Sum(l => (long)Latencies(l).Length);

    public LatencySummary Latency() => LatencySummary.Of(_latencies.SelectMany(Latencies));

    public LatencySummary LatencyOfTurn(int turn) => LatencySummary.Of(Latencies(_latencies[turn]));

    private static double[] Latencies(List<double> list)
    {
        lock (list)
        {
            return [.. list];
        }
    }
}
