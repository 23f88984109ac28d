using System.Collections.Concurrent;
using System.Security.Claims;
using System.Text.Json;
using System.Threading.Channels;
using ServiceBot.BotFramework.Connector;
using ServiceBot.BotFramework.Schema;
using ServiceBot.Proactive;
using ServiceBot.Turns;

namespace ServiceBot.BotFramework.DirectLine;

/// <summary>
/// Runs the turns of local Direct Line conversations in the background, one conversation's in the order they were
/// posted, through the same <see cref="TurnRunner"/> as Teams' activities; the replies go to the conversation's log
/// (<see cref="DirectLineReplyChannel"/>). A post is answered as soon as its activity is queued, never after the turn.
/// At most <see cref="MaxQueuedPerConversation"/> turns wait per conversation; beyond that a post is refused (429).
/// </summary>
public sealed class DirectLineTurns : IAsyncDisposable
{
    public const int MaxQueuedPerConversation = 32;

    private readonly ConcurrentDictionary<string, Lazy<Pump>> _pumps = new(StringComparer.Ordinal);
    // A forgotten conversation's pump finishes its queued turns on its own; stopping still waits for it, so no turn
    // touches storage after the app has stopped.
    private readonly ConcurrentDictionary<Task, byte> _draining = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly IServiceScopeFactory _scopes;
    private readonly DirectLineReplyChannel _replies;
    private readonly ConversationReferenceRecorder _references;
    private readonly ILogger<DirectLineTurns> _logger;

    public DirectLineTurns(
        IServiceScopeFactory scopes,
        DirectLineConversations conversations,
        DirectLineReplyChannel replies,
        ConversationReferenceRecorder references,
        ILogger<DirectLineTurns> logger)
    {
        ArgumentNullException.ThrowIfNull(conversations);
        _scopes = scopes;
        _replies = replies;
        _references = references;
        _logger = logger;
        conversations.Forgotten += Forget;
    }

    /// <summary>True when the conversation can take one more turn now.</summary>
    public bool HasRoom(string conversationId) =>
        !_pumps.TryGetValue(conversationId, out var pump) || !pump.IsValueCreated || pump.Value.Turns.Reader.Count < MaxQueuedPerConversation;

    /// <summary>Queues the activity's turn; false when its conversation already has the most turns waiting.</summary>
    public bool TryEnqueue(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var conversationId = activity.Conversation?.Id ?? throw new ArgumentException("The activity has no conversation.", nameof(activity));
        var pump = _pumps.GetOrAdd(conversationId, _ => new Lazy<Pump>(() => Pump.Start(this))).Value;
        return pump.Turns.Writer.TryWrite(activity);
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        var pumps = _pumps.Values.Where(p => p.IsValueCreated).Select(p => p.Value).ToList();
        foreach (var pump in pumps)
        {
            pump.Turns.Writer.TryComplete();
        }

        await Task.WhenAll([.. pumps.Select(p => p.Running), .. _draining.Keys]);
        _stopping.Dispose();
    }

    private void Forget(string conversationId)
    {
        if (_pumps.TryRemove(conversationId, out var pump) && pump.IsValueCreated)
        {
            pump.Value.Turns.Writer.TryComplete();
            var running = pump.Value.Running;
            _draining.TryAdd(running, 0);
            _ = running.ContinueWith(done => _draining.TryRemove(done, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }

    private async Task RunAsync(ChannelReader<Activity> turns)
    {
        try
        {
            await foreach (var activity in turns.ReadAllAsync(_stopping.Token))
            {
                await RunTurnAsync(activity, _stopping.Token);
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // The app is stopping; turns still waiting are dropped with the page's in-memory conversation.
        }
    }

    private async Task RunTurnAsync(Activity activity, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = _scopes.CreateAsyncScope();
            using var logScope = _logger.BeginScope(new ActivityLogScope(activity));
            await _references.RecordAsync(activity, ServiceUrlProvenance.LocalMode, CancellationToken.None);
            var runner = scope.ServiceProvider.GetRequiredService<TurnRunner>();
            var turn = new TurnContext(activity, new ClaimsIdentity(), _replies, scope.ServiceProvider) { Provenance = ServiceUrlProvenance.LocalMode };
            if (await runner.RunAsync(turn, cancellationToken) is { } response)
            {
                await ShowAsync(turn, response, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            DirectLineLog.TurnFailed(_logger, ex);
        }
    }

    /// <summary>
    /// What Teams does with an <c>adaptiveCard/action</c> invoke's answer: a card replaces the clicked one, an error is
    /// shown; a message answer repeats what the turn already sent, so it is not shown twice.
    /// </summary>
    private async Task ShowAsync(TurnContext turn, InvokeResponse response, CancellationToken cancellationToken)
    {
        if (response.Body is null || !turn.Activity.IsType(ActivityTypes.Invoke))
        {
            return;
        }

        var body = JsonSerializer.SerializeToElement(response.Body, ProtocolJson.Options);
        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("type", out var type) || !body.TryGetProperty("value", out var value))
        {
            return;
        }

        if (type.GetString() == Attachment.AdaptiveCardContentType && value.ValueKind == JsonValueKind.Object)
        {
            var card = Activity.CreateMessage(attachments: [Attachment.AdaptiveCard(value)]).AsReplyTo(turn.Activity);
            if (turn.Activity.ReplyToId is { } clicked)
            {
                await _replies.UpdateAsync(turn.Conversation, clicked, card with { ReplyToId = null }, cancellationToken);
            }
            else
            {
                await _replies.SendAsync(turn.Conversation, card, cancellationToken);
            }
        }
        else if (value.ValueKind == JsonValueKind.Object && value.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.String)
        {
            await _replies.SendAsync(turn.Conversation, Activity.CreateMessage(message.GetString()).AsReplyTo(turn.Activity), cancellationToken);
        }
    }

    private sealed record Pump(Channel<Activity> Turns, Task Running)
    {
        public static Pump Start(DirectLineTurns queue)
        {
            var turns = Channel.CreateBounded<Activity>(new BoundedChannelOptions(MaxQueuedPerConversation)
            {
                SingleReader = true,
                FullMode = BoundedChannelFullMode.Wait,
            });
            return new Pump(turns, Task.Run(() => queue.RunAsync(turns.Reader)));
        }
    }
}
