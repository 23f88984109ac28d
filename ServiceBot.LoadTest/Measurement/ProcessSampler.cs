using System.Diagnostics;

namespace ServiceBot.LoadTest.Measurement;

/// <summary>
/// Reads a process's /proc figures every <c>interval</c> while a run lasts, so the report can show resident memory
/// at the start, the end and its highest point, not just two readings.
/// </summary>
internal sealed class ProcessSampler : IAsyncDisposable
{
    private readonly int _pid;
    private readonly Stopwatch _clock;
    private readonly List<ProcessSample> _samples = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private Func<int>? _conversations;

    public ProcessSampler(int pid, Stopwatch clock, TimeSpan interval)
    {
        _pid = pid;
        _clock = clock;
        _loop = LoopAsync(interval);
    }

    /// <summary>From now on every reading also notes <paramref name="finished"/>: how many measured conversations are done.</summary>
    public void CountConversations(Func<int> finished) => Volatile.Write(ref _conversations, finished);

    /// <summary>Takes a reading now (at a phase boundary), keeps it with the periodic ones, and returns it.</summary>
    public ProcessSample Mark()
    {
        var sample = ProcessSample.Read(_pid, _clock.Elapsed) with { Conversations = Volatile.Read(ref _conversations)?.Invoke() };
        lock (_samples)
        {
            _samples.Add(sample);
        }

        return sample;
    }

    /// <summary>The readings between <paramref name="from"/> and <paramref name="to"/> that note how many conversations were done.</summary>
    public IReadOnlyList<MemoryReading> ByConversations(TimeSpan from, TimeSpan to) =>
        [.. Between(from, to).Where(s => s.Conversations is not null).Select(s => new MemoryReading(s.Conversations!.Value, s.ResidentBytes / ProcessSample.Megabyte))];

    public IReadOnlyList<ProcessSample> Between(TimeSpan from, TimeSpan to)
    {
        lock (_samples)
        {
            return [.. _samples.Where(s => s.At >= from && s.At <= to).OrderBy(s => s.At)];
        }
    }

    private async Task LoopAsync(TimeSpan interval)
    {
        using var timer = new PeriodicTimer(interval);
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                Mark();
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }
        catch (Exception e) when (e is IOException or FormatException)
        {
            // The process has exited: its /proc entry is gone, or left without memory figures.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }
}
