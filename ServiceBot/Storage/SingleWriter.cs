namespace ServiceBot.Storage;

/// <summary>
/// One writer at a time within this process: waiters queue on a semaphore (asynchronously, holding no thread) instead
/// of polling in SQLite's busy handler, which sleeps a thread-pool thread between tries.
/// </summary>
internal sealed class SingleWriter : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);

    public async ValueTask<IDisposable?> EnterAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        return new Turn(gate);
    }

    public void Dispose() => gate.Dispose();

    private sealed class Turn(SemaphoreSlim gate) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
