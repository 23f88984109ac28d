using System.Globalization;

namespace ServiceBot.LoadTest.Bots;

/// <summary>
/// A bot's console output, counted and kept in a file without keeping all of it (a bot logging every turn at
/// Information writes tens of MB per run): the first lines (start-up), every entry the .NET console logger marks as a
/// warning (<c>warn:</c>) or error (<c>fail:</c>, <c>crit:</c>) with its message lines, and the last lines.
/// </summary>
internal sealed class BotLog(string path) : IDisposable
{
    private const int HeadLines = 300;
    private const int TailLines = 200;
    private const int KeptErrors = 10;
    private readonly StreamWriter _writer = new(path);
    private readonly Queue<string> _tail = new();
    private readonly List<string> _firstErrors = [];
    private long _lines;
    private long _leftOut;
    private int _warnings;
    private int _errors;
    private bool _inProblemEntry;
    private bool _awaitingMessage;
    private bool _stopping;
    private readonly List<string> _problemsAtStop = [];
    private int _problemCountAtStop;
    private bool _awaitingStopMessage;

    public string Path { get; } = path;

    public int Warnings => Volatile.Read(ref _warnings);

    public int Errors => Volatile.Read(ref _errors);

    /// <summary>The first few error entries, each as its level line and first message line (past the scopes line).</summary>
    public IReadOnlyList<string> FirstErrors
    {
        get
        {
            lock (_tail)
            {
                return [.. _firstErrors];
            }
        }
    }

    /// <summary>
    /// Error entries (<c>fail:</c>, <c>crit:</c>) and exceptions written outside a logger entry (an unhandled exception
    /// on stderr) since <see cref="StopBegins"/>: what the bot wrote while it stopped. The first few are kept.
    /// </summary>
    public int ProblemsAtStop => Volatile.Read(ref _problemCountAtStop);

    public IReadOnlyList<string> FirstProblemsAtStop
    {
        get
        {
            lock (_tail)
            {
                return [.. _problemsAtStop];
            }
        }
    }

    /// <summary>The bot is being stopped: from now on its errors and stray exceptions are counted as the stop's too.</summary>
    public void StopBegins()
    {
        lock (_tail)
        {
            _stopping = true;
        }
    }

    public void Write(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_tail)
        {
            _lines++;
            var isEntryStart = line.Length > 0 && !char.IsWhiteSpace(line[0]);
            if (isEntryStart)
            {
                _awaitingMessage = false;
                _awaitingStopMessage = false;
                var errorsBefore = _errors;
                _inProblemEntry = Count(line);
                if (_stopping && (_errors > errorsBefore || (!IsLoggerEntry(line) && line.Contains("Exception", StringComparison.Ordinal))))
                {
                    _problemCountAtStop++;
                    _inProblemEntry = true;
                    if (_problemsAtStop.Count < KeptErrors)
                    {
                        _problemsAtStop.Add(line.Trim());
                        _awaitingStopMessage = _errors > errorsBefore;
                    }
                }
            }
            else if (!line.TrimStart().StartsWith("=>", StringComparison.Ordinal))
            {
                if (_awaitingMessage)
                {
                    _firstErrors[^1] += " — " + line.Trim();
                    _awaitingMessage = false;
                }

                if (_awaitingStopMessage)
                {
                    _problemsAtStop[^1] += " — " + line.Trim();
                    _awaitingStopMessage = false;
                }
            }

            if (_lines <= HeadLines || _inProblemEntry)
            {
                _writer.WriteLine(line);
            }
            else
            {
                _leftOut++;
            }

            _tail.Enqueue(line);
            if (_tail.Count > TailLines)
            {
                _tail.Dequeue();
            }
        }
    }

    public string Tail(int lines)
    {
        lock (_tail)
        {
            return string.Join(Environment.NewLine, _tail.TakeLast(lines));
        }
    }

    private static bool IsLoggerEntry(string line) =>
        line.Length > 5 && line[4] == ':' && line[..4] is "trce" or "dbug" or "info" or "warn" or "fail" or "crit";

    private bool Count(string line)
    {
        if (line.StartsWith("warn:", StringComparison.Ordinal))
        {
            _warnings++;
            return true;
        }

        if (!line.StartsWith("fail:", StringComparison.Ordinal) && !line.StartsWith("crit:", StringComparison.Ordinal))
        {
            return false;
        }

        _errors++;
        if (_firstErrors.Count < KeptErrors)
        {
            _firstErrors.Add(line.Trim());
            _awaitingMessage = true;
        }

        return true;
    }

    public void Dispose()
    {
        lock (_tail)
        {
            if (_leftOut > 0)
            {
                _writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"[load benchmark: {_leftOut:#,0} of {_lines:#,0} lines below warning left out; the last {_tail.Count} lines follow]"));
                foreach (var line in _tail)
                {
                    _writer.WriteLine(line);
                }
            }

            _writer.Dispose();
        }
    }
}
