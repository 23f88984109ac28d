namespace ServiceBot.LoadTest.Channel;

/// <summary>
/// What the channel saw of one conversation while it ran: Connector calls and bytes, and the newest card, which the
/// script's taps read. A signal wakes a turn that waits for the bot's reply.
/// </summary>
internal sealed class ConversationLedger(string conversationId)
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";
    private TaskCompletionSource _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private ShownCard? _newestCard;
    private int _replies;

    public string ConversationId { get; } = conversationId;

    public ConnectorTotals Totals { get; } = new();

    /// <summary>Connector calls plus invoke responses with a body: everything the bot showed in this conversation.</summary>
    public int Replies => Volatile.Read(ref _replies);

    public ShownCard? NewestCard => Volatile.Read(ref _newestCard);

    /// <summary>Set to keep every call of this conversation (the first conversation of a run).</summary>
    public ConversationTranscript? Transcript { get; init; }

    public void RecordCall(ConnectorCallKind kind, string? activityId, byte[] body)
    {
        ArgumentNullException.ThrowIfNull(body);
        Totals.Add(kind, body.Length);
        Transcript?.Call(kind, activityId, body);
        if (activityId is not null && kind is ConnectorCallKind.Send or ConnectorCallKind.Reply or ConnectorCallKind.Update &&
            body.AsSpan().IndexOf("application/vnd.microsoft.card.adaptive"u8) >= 0)
        {
            Volatile.Write(ref _newestCard, new ShownCard(activityId, body, FromInvokeResponse: false));
        }

        Shown();
    }

    /// <summary>An invoke answered with a body; a card in it replaces the clicked message's card.</summary>
    public void RecordInvokeResponse(string? clickedActivityId, byte[] body)
    {
        ArgumentNullException.ThrowIfNull(body);
        Totals.AddInvokeResponse(body.Length);
        if (clickedActivityId is not null && body.AsSpan().IndexOf("application/vnd.microsoft.card.adaptive"u8) >= 0)
        {
            Volatile.Write(ref _newestCard, new ShownCard(clickedActivityId, body, FromInvokeResponse: true));
        }

        Shown();
    }

    /// <summary>Waits until the bot has shown more than <paramref name="seen"/> replies, or the timeout passes.</summary>
    public async Task<bool> WaitForRepliesAsync(int seen, TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(time);
        var deadline = time.GetTimestamp() + (long)(timeout.TotalSeconds * time.TimestampFrequency);
        while (true)
        {
            var next = Volatile.Read(ref _arrived).Task;
            if (Replies > seen)
            {
                return true;
            }

            var left = TimeSpan.FromSeconds((double)(deadline - time.GetTimestamp()) / time.TimestampFrequency);
            if (left <= TimeSpan.Zero)
            {
                return false;
            }

            try
            {
                await next.WaitAsync(left, time, cancellationToken);
            }
            catch (TimeoutException)
            {
                return Replies > seen;
            }
        }
    }

    private void Shown()
    {
        Interlocked.Increment(ref _replies);
        Interlocked.Exchange(ref _arrived, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
    }
}
