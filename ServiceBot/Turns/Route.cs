using ServiceBot.BotFramework;

namespace ServiceBot.Turns;

/// <summary>A row of the route table: a name for the logs, a condition on the turn, and the handler type that serves it.</summary>
public sealed record Route(string Name, Func<TurnContext, bool> Matches, Type HandlerType)
{
    /// <summary>
    /// The handler finds a redelivery itself, under the conversation's lock in its transaction, and answers it with the
    /// first outcome (<see cref="BotFramework.Deduplication.DeliveryRecord.AlreadyProcessed"/>), so the deduplicator's own
    /// look before the turn is not needed. Otherwise the deduplicator looks first.
    /// </summary>
    public bool ChecksRedelivery { get; init; }
}
