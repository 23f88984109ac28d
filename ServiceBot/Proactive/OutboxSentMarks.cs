using ServiceBot.Storage;

namespace ServiceBot.Proactive;

/// <summary>
/// Marks delivered outbox rows sent in batches: a mark waits up to <see cref="BatchWindow"/> for the marks of the other
/// replies sent meanwhile, and all of them are written in one write, off the request's path. Until its mark is written a
/// row stays held (<see cref="OutboxOptions.HoldFor"/>, at least 10 s against this window's milliseconds), so no sender
/// takes it again meanwhile; if the process dies first, the row is sent again once the hold expires — the same
/// at-least-once window as a death between the send and its mark. <see cref="FlushAsync"/> writes the waiting marks now
/// (the background sender does before it takes rows); disposing writes them too.
/// </summary>
public sealed class OutboxSentMarks(IOutboxStore outbox, ILogger<OutboxSentMarks> logger) : IAsyncDisposable
{
    /// <summary>How long the first mark of a batch waits for others.</summary>
    public static readonly TimeSpan BatchWindow = TimeSpan.FromMilliseconds(20);

    private readonly Lock gate = new();
    private readonly SemaphoreSlim writing = new(1, 1);
    private List<OutboxSentMark> waiting = [];
    private Task scheduled = Task.CompletedTask;
    private bool disposed;

    /// <summary>Notes that the channel took the row; it is written with the batch.</summary>
    public void Add(string id, DateTimeOffset sentAt)
    {
        lock (gate)
        {
            if (!disposed)
            {
                waiting.Add(new OutboxSentMark(id, sentAt));
                if (waiting.Count == 1)
                {
                    scheduled = WriteSoonAsync();
                }

                return;
            }
        }

        // A send that finished after shutdown: its row is sent again once its hold expires.
        ProactiveLog.ReplyRecordFailed(logger, new ObjectDisposedException(nameof(OutboxSentMarks)), id);
    }

    /// <summary>
    /// Returns once every mark added before the call is written (or its failure logged: the rows stay held, and are sent
    /// again after their hold).
    /// </summary>
    public async Task FlushAsync()
    {
        // One write at a time, so a flush also waits for the batch another flush took just before.
        await writing.WaitAsync();
        try
        {
            List<OutboxSentMark> batch;
            lock (gate)
            {
                if (waiting.Count == 0)
                {
                    return;
                }

                batch = waiting;
                waiting = [];
            }

            await WriteAsync(batch);
        }
        finally
        {
            writing.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        Task pending;
        lock (gate)
        {
            disposed = true;
            pending = scheduled;
        }

        await pending;
        await FlushAsync();
    }

    private async Task WriteAsync(List<OutboxSentMark> batch)
    {
        try
        {
            await outbox.MarkSentAsync(batch, CancellationToken.None);
        }
        catch (Exception ex)
        {
            foreach (var mark in batch)
            {
                ProactiveLog.ReplyRecordFailed(logger, ex, mark.Id);
            }
        }
    }

    private async Task WriteSoonAsync()
    {
        await Task.Delay(BatchWindow);
        await FlushAsync();
    }
}
