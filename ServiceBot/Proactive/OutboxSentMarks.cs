using ServiceBot.Storage;

namespace ServiceBot.Proactive;

/// <summary>
/// Marks delivered outbox rows sent in batches: a mark waits up to <see cref="BatchWindow"/> for the marks of the other
/// replies sent meanwhile, and all of them are written in one write, off the request's path. On PostgreSQL a turn that
/// commits meanwhile takes the waiting marks and writes them with its own writes (<see cref="IWaitingSentMarks"/>), so
/// under load most marks cost no transaction of their own; what no commit took is written when the window ends. Until
/// its mark is written a row stays held (<see cref="OutboxOptions.HoldFor"/>, at least 10 s against this window's
/// milliseconds), so no sender takes it again meanwhile; if the process dies first, the row is sent again once the hold
/// expires — the same at-least-once window as a death between the send and its mark. <see cref="FlushAsync"/> writes
/// the waiting marks now and waits for the commits carrying others (the background sender flushes before it takes
/// rows); disposing writes them too.
/// </summary>
public sealed class OutboxSentMarks(IOutboxStore outbox, ILogger<OutboxSentMarks> logger) : IWaitingSentMarks, IAsyncDisposable
{
    /// <summary>How long the first mark of a batch waits for others.</summary>
    public static readonly TimeSpan BatchWindow = TimeSpan.FromMilliseconds(20);

    /// <summary>The window this instance waits (<see cref="BatchWindow"/>; a test sets a longer one).</summary>
    internal TimeSpan Window { get; init; } = BatchWindow;

    /// <summary>
    /// How long a flush waits for a commit that took marks to report <see cref="Written"/> or <see cref="NotWritten"/>.
    /// A turn's commit reports within seconds; one that never does is a caller's bug, which would otherwise make every
    /// flush (and the background sender, which flushes before it takes rows) wait forever.
    /// </summary>
    internal TimeSpan ReportTimeout { get; init; } = TimeSpan.FromMinutes(1);

    private readonly Lock gate = new();
    private readonly SemaphoreSlim writing = new(1, 1);

    /// <summary>Cut short by disposal: a batch's window then ends at once and its marks are written.</summary>
    private readonly CancellationTokenSource closing = new();

    /// <summary>The marks taken by commits still running, each with what completes when that commit ends.</summary>
    private readonly Dictionary<IReadOnlyList<OutboxSentMark>, TaskCompletionSource> carried = new(ReferenceEqualityComparer.Instance);

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
                AddWaiting([new OutboxSentMark(id, sentAt)]);
                return;
            }
        }

        // A send that finished after shutdown: its row is sent again once its hold expires.
        ProactiveLog.ReplyRecordFailed(logger, new ObjectDisposedException(nameof(OutboxSentMarks)), id);
    }

    public IReadOnlyList<OutboxSentMark> Take()
    {
        lock (gate)
        {
            if (disposed || waiting.Count == 0)
            {
                return [];
            }

            var taken = waiting;
            waiting = [];
            carried[taken] = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return taken;
        }
    }

    public void Written(IReadOnlyList<OutboxSentMark> marks) => EndCarried(marks, written: true);

    public void NotWritten(IReadOnlyList<OutboxSentMark> marks) => EndCarried(marks, written: false);

    /// <summary>
    /// Returns once every mark added before the call is written (or its failure logged: the rows stay held, and are sent
    /// again after their hold), by this flush or by the commit that took it.
    /// </summary>
    public async Task FlushAsync()
    {
        // One write at a time, so a flush also waits for the batch another flush took just before.
        await writing.WaitAsync();
        try
        {
            var (batch, commits) = TakeForFlush();
            await WriteAsync(batch);
            if (commits.Length > 0)
            {
                // A commit that failed put its marks back: they are written here.
                await WaitForReportsAsync(commits);
                await WriteAsync(TakeForFlush().Batch);
            }
        }
        finally
        {
            writing.Release();
        }
    }

    /// <summary>
    /// Waits for the commits carrying marks. One that has not reported within <see cref="ReportTimeout"/> took marks and
    /// never said how its commit ended: its marks are written by this flush (deleting a row already deleted changes
    /// nothing) and the bug is logged, so sending goes on; a Debug build (the tests) throws instead, naming the mistake.
    /// </summary>
    private async Task WaitForReportsAsync(Task[] commits)
    {
        try
        {
            await Task.WhenAll(commits).WaitAsync(ReportTimeout);
        }
        catch (TimeoutException)
        {
            var unreported = RecoverUnreported();
            ProactiveLog.SentMarksNotReported(logger, unreported, ReportTimeout);
#if DEBUG
            throw new InvalidOperationException(
                $"{unreported} sent mark(s) were taken ({nameof(IWaitingSentMarks)}.{nameof(Take)}) by a commit that reported neither " +
                $"{nameof(Written)} nor {nameof(NotWritten)} within {ReportTimeout}: whoever takes marks must report how its commit ended.");
#endif
        }
    }

    /// <summary>Puts the marks of every commit that has not reported back with the waiting ones; returns how many.</summary>
    private int RecoverUnreported()
    {
        List<TaskCompletionSource> ended = [];
        var count = 0;
        lock (gate)
        {
            foreach (var (marks, commit) in carried.Where(pair => !pair.Value.Task.IsCompleted).ToList())
            {
                waiting.AddRange(marks);
                count += marks.Count;
                carried.Remove(marks);
                ended.Add(commit);
            }
        }

        foreach (var commit in ended)
        {
            commit.TrySetResult();
        }

        return count;
    }

    public async ValueTask DisposeAsync()
    {
        Task pending;
        lock (gate)
        {
            disposed = true;
            pending = scheduled;
        }

        await closing.CancelAsync();
        await pending;
        await FlushAsync();
    }

    /// <summary>Adds marks to the batch; the first of a batch starts its window. Called under <see cref="gate"/>.</summary>
    private void AddWaiting(IEnumerable<OutboxSentMark> marks)
    {
        var wasEmpty = waiting.Count == 0;
        waiting.AddRange(marks);
        if (wasEmpty && waiting.Count > 0)
        {
            scheduled = WriteSoonAsync();
        }
    }

    private void EndCarried(IReadOnlyList<OutboxSentMark> marks, bool written)
    {
        ArgumentNullException.ThrowIfNull(marks);
        TaskCompletionSource? commit;
        lock (gate)
        {
            if (!written)
            {
                // After disposal no window starts: the flush of the disposal, which waits for this commit, writes them.
                if (disposed)
                {
                    waiting.AddRange(marks);
                }
                else
                {
                    AddWaiting(marks);
                }
            }

            carried.Remove(marks, out commit);
        }

        commit?.TrySetResult();
    }

    private (List<OutboxSentMark> Batch, Task[] Commits) TakeForFlush()
    {
        lock (gate)
        {
            var batch = waiting;
            waiting = [];
            return (batch, [.. carried.Values.Select(commit => commit.Task)]);
        }
    }

    private async Task WriteAsync(List<OutboxSentMark> batch)
    {
        if (batch.Count == 0)
        {
            return;
        }

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
        try
        {
            await Task.Delay(Window, closing.Token);
        }
        catch (OperationCanceledException)
        {
            // Disposed within the window: written now.
        }

        await FlushAsync();
    }
}
