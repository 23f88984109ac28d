using System.Text.Json;
using System.Text.Json.Nodes;
using ServiceBot.BotFramework;
using ServiceBot.BotFramework.Connector;
using ServiceBot.BotFramework.Schema;
using ServiceBot.Cards;
using ServiceBot.Content;
using ServiceBot.Dialogs;
using ServiceBot.Feedback.Results;
using ServiceBot.Localization;
using ServiceBot.People;
using ServiceBot.Proactive;
using ServiceBot.Storage;

namespace ServiceBot.Turns.Handlers;

/// <summary>
/// The supervisors' side. Someone the roster names as a supervisor (and not as an agent) who writes to the bot gets
/// their own menu: the calls for help open now, each with "Voy con …", their teams' results and a refresh; everyone
/// else goes on to the coaching dialog. "Voy para allá" takes a call once (a second supervisor, or a double click, sees
/// who took it): the call is marked and the agent's message queued in the outbox in one transaction, then sent at once.
/// </summary>
public sealed class SupervisorHandler(
    IStateStore state,
    ITurnStore turns,
    ContentStore content,
    OutboxSender sender,
    ConnectorClientFactory connectors,
    TimeProvider time) : ITurnHandler
{
    private const int MaxAttempts = 5;

    /// <summary>A button of a supervisor's card, pressed (Action.Execute, or its Action.Submit fallback).</summary>
    public static bool HandlesButton(TurnContext turn) => SupervisorVerbs.Handles(CardAction.GetVerb(turn.Activity));

    /// <summary>Typed text from someone with an Entra identity: maybe a supervisor (the roster decides, in the handler).</summary>
    public static bool MayBeSupervisorText(TurnContext turn) =>
        turn.Activity.Value is null && !string.IsNullOrEmpty(turn.Activity.From?.AadObjectId);

    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var verb = CardAction.GetVerb(turn.Activity);
        if (verb == SupervisorVerbs.Going)
        {
            await GoingAsync(turn, cancellationToken);
            return;
        }

        if (verb == SupervisorVerbs.Results && ResultsHandler.Handles(turn))
        {
            await turn.Services.GetRequiredService<ResultsHandler>().HandleAsync(turn, cancellationToken);
            return;
        }

        if (verb is null && await CoachUnlessSupervisorOnlyAsync(turn, cancellationToken))
        {
            return;
        }

        await ShowAsync(turn, await MenuAsync(turn, null, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Typed text goes to the coaching dialog unless the roster names the writer a supervisor only; the coaching turn asks
    /// the roster in its first read (with its lock and the redelivery check), so the question costs no round trip of its own.
    /// </summary>
    private static async Task<bool> CoachUnlessSupervisorOnlyAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var coaching = turn.Services.GetRequiredService<CoachingHandler>();
        if (PersonKey.From(turn.Activity.Conversation?.TenantId, turn.Activity.From?.AadObjectId) is not { } person)
        {
            await coaching.HandleAsync(turn, cancellationToken);
            return true;
        }

        return await coaching.HandleUnlessSupervisorOnlyAsync(turn, person, cancellationToken);
    }

    private async Task<JsonObject> MenuAsync(TurnContext turn, string? line, CancellationToken cancellationToken)
    {
        var book = SupervisorCallBook.Parse((await state.ReadAsync(SupervisorCallBook.Key, cancellationToken))?.Json);
        var now = time.GetUtcNow();
        return SupervisorMenuCard.Create(turn.TextsFrom(content), book.OpenFor(turn.Activity.From?.AadObjectId, now), now, line);
    }

    private async Task GoingAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var callId = CardAction.GetData(turn.Activity) is { } data && data.TryGetProperty(SupervisorCallCard.CallIdKey, out var id) && id.ValueKind == JsonValueKind.String
            ? id.GetString()
            : null;
        var me = turn.Activity.From?.AadObjectId;
        var name = string.IsNullOrWhiteSpace(turn.Activity.From?.Name) ? turn.TextsFrom(content)[TextKeys.SupervisorSomeone] : turn.Activity.From!.Name!;
        var (call, rows) = await AnswerAsync(callId, name, me, cancellationToken);
        if (call is null)
        {
            await ShowAsync(turn, await MenuAsync(turn, turn.TextsFrom(content)[TextKeys.SupervisorCallGone], cancellationToken), cancellationToken);
            return;
        }

        if (rows.Count > 0)
        {
            var channel = new ConnectorReplyChannel(connectors.CreateForStoredServiceUrl(rows[0].ServiceUrl, rows[0].Provenance));
            await sender.SendInOrderAsync(channel, rows, cancellationToken);
        }

        await ShowAsync(turn, SupervisorCallCard.Create(turn.TextsFrom(content), call, time.GetUtcNow(), me), cancellationToken);
    }

    /// <summary>Marks the call taken and queues the agent's message, in one commit; a call already taken changes nothing.</summary>
    private async Task<(SupervisorCall? Call, IReadOnlyList<OutboxMessage> Rows)> AnswerAsync(string? callId, string name, string? me, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var transaction = await turns.BeginAsync(SupervisorCallBook.Key, cancellationToken);
            var item = await transaction.ReadStateAsync(SupervisorCallBook.Key, cancellationToken);
            var now = time.GetUtcNow();
            var (book, call, taken) = SupervisorCallBook.Parse(item?.Json).Answer(callId, name, me, now);
            if (!taken)
            {
                return (call, []);
            }

            var rows = new[] { ToAgent(call!, name) };
            try
            {
                await transaction.WriteStateAsync(SupervisorCallBook.Key, book.ToJson(), item?.ETag, cancellationToken);
                await transaction.EnqueueAsync(rows, now + TimeSpan.FromMinutes(1), cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return (call, rows);
            }
            catch (StoreConflictException) when (attempt < MaxAttempts)
            {
                // A call was added or taken meanwhile: read the book again.
            }
        }
    }

    /// <summary>"Laura va para allá", in the agent's chat and language, as a new message so it notifies.</summary>
    private OutboxMessage ToAgent(SupervisorCall call, string supervisor)
    {
        var agent = call.Agent;
        var texts = new CardTexts(content.Current, LocaleResolver.Resolve(agent.Locale), agent.Locale);
        var text = texts.Fill(TextKeys.SupervisorOnTheWay, ("supervisor", supervisor));
        var activity = Activity.CreateMessage(text) with
        {
            Summary = text,
            Conversation = agent.Conversation,
            ChannelId = agent.ChannelId,
            From = agent.Bot,
            Recipient = agent.User,
            Locale = agent.Locale,
        };
        var turnId = "supervisor-going-" + call.Id;
        return new OutboxMessage($"{turnId}:0", turnId, 0, agent.Conversation!.Id!, agent.ServiceUrl!, call.AgentProvenance, OutboxKind.Send, null, activity);
    }

    /// <summary>In place for a button (the invoke's answer, or an update of the pressed message); a new message for typed text.</summary>
    private static async Task ShowAsync(TurnContext turn, JsonObject card, CancellationToken cancellationToken)
    {
        if (turn.Activity.IsType(ActivityTypes.Invoke))
        {
            turn.InvokeResponse = AdaptiveCardInvokeResponses.Card(card);
            return;
        }

        var activity = AdaptiveCards.ToActivity(card) with { Locale = turn.Activity.Locale };
        if (turn.Activity.Value is not null && turn.Activity.ReplyToId is { } pressed)
        {
            try
            {
                await turn.UpdateActivityAsync(pressed, activity, cancellationToken);
                return;
            }
            catch (ConnectorException)
            {
                // The pressed message cannot be edited: send the card instead.
            }
        }

        await turn.SendActivityAsync(activity, cancellationToken);
    }
}
