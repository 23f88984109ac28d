namespace ServiceBot.LoadTest.Bots;

/// <summary>
/// A bot's console output, written to a file as it comes, with a count of the lines the .NET console logger marks
/// as warnings (<c>warn:</c>) and errors (<c>fail:</c>, <c>crit:</c>), and the last lines for error messages.
/// </summary>
internal sealed class BotLog(string path) : IDisposable
{
    private const int TailLength = 40;
    private readonly StreamWriter _writer = new(path) { AutoFlush = false };
    private readonly Queue<string> _tail = new();
    private readonly List<string> _firstErrors = [];
    private int _warnings;
    private int _errors;
    private bool _awaitingMessage;

    public string Path { get; } = path;

    public int Warnings => Volatile.Read(ref _warnings);

    public int Errors => Volatile.Read(ref _errors);

    /// <summary>The first few error lines, each with the line after it (the message, in the simple console format).</summary>
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

    public void Write(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_tail)
        {
            _writer.WriteLine(line);
            if (_awaitingMessage)
            {
                _firstErrors[^1] += " — " + line.Trim();
                _awaitingMessage = false;
            }

            if (line.StartsWith("warn:", StringComparison.Ordinal))
            {
                _warnings++;
            }
            else if (line.StartsWith("fail:", StringComparison.Ordinal) || line.StartsWith("crit:", StringComparison.Ordinal))
            {
                _errors++;
                if (_firstErrors.Count < 10)
                {
                    _firstErrors.Add(line.Trim());
                    _awaitingMessage = true;
                }
            }

            _tail.Enqueue(line);
            if (_tail.Count > TailLength)
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

    public void Dispose()
    {
        lock (_tail)
        {
            _writer.Dispose();
        }
    }
}
