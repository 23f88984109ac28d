using ServiceBot.BotFramework;

namespace ServiceBot.Turns;

/// <summary>A row of the route table: a name for the logs, a condition on the turn, and the handler type that serves it.</summary>
public sealed record Route(string Name, Func<TurnContext, bool> Matches, Type HandlerType)
{
    /// <summary>
    /// The handler finds a redelivery itself and does nothing twice, so the deduplicator does not look for the activity's
    /// record before the turn (a round trip to the database that the handler would repeat): the coaching turn reads the
    /// record under the conversation's lock in its transaction and answers with the first outcome
    /// (<see cref="BotFramework.Deduplication.DeliveryRecord.AlreadyProcessed"/>); the welcome finds its own record of
    /// the install and stays silent. Otherwise the deduplicator looks first.
    /// </summary>
    public bool ChecksRedelivery { get; init; }

    /// <summary>
    /// The handler saves the activity's conversation reference (<see cref="TurnContext.Reference"/>) with its own write,
    /// in one commit, instead of the endpoint saving it in a commit of its own before the turn: the welcome.
    /// </summary>
    public bool SavesReference { get; init; }
}
