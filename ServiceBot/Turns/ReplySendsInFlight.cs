using System.Collections.Concurrent;

namespace ServiceBot.Turns;

/// <summary>
/// The reply sends that outlasted their turn's request (<see cref="TurnReplies"/>): a stop waits for them (within the
/// host's shutdown timeout) before the outbox's sent marks and the database are closed. A send cut off by the disposal
/// would either fail to record that the channel took the reply (it is sent again after a restart) or fail and log an
/// error against a closed database. The web server stops before the hosted services, so no new turn adds one meanwhile.
/// </summary>
public sealed class ReplySendsInFlight : IHostedService
{
    private readonly ConcurrentDictionary<Task, byte> sends = new();

    public void Track(Task send)
    {
        ArgumentNullException.ThrowIfNull(send);
        if (send.IsCompleted || !sends.TryAdd(send, 0))
        {
            return;
        }

        _ = send.ContinueWith(done => sends.TryRemove(done, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    /// <summary>How many sends are still running (for tests).</summary>
    public int Count => sends.Count;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            // Each send records its own failure; only the waiting matters here.
            await Task.WhenAll(sends.Keys.Select(send => send.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default)))
                .WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The shutdown timeout: what is still running is sent again by the outbox after its hold.
        }
    }
}
