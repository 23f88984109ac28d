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

    public ProcessSampler(int pid, Stopwatch clock, TimeSpan interval)
    {
        _pid = pid;
        _clock = clock;
        _loop = LoopAsync(interval);
    }

    /// <summary>Takes a reading now (at a phase boundary), keeps it with the periodic ones, and returns it.</summary>
    public ProcessSample Mark()
    {
        var sample = ProcessSample.Read(_pid, _clock.Elapsed);
        lock (_samples)
        {
            _samples.Add(sample);
        }

        return sample;
    }

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
