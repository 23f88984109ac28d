namespace ServiceBot.BotFramework.Deduplication;

/// <summary>Who looks for an earlier delivery's record of an activity before its turn changes anything.</summary>
public enum RedeliveryCheck
{
    /// <summary>The deduplicator reads the processed-activity record before it runs the turn.</summary>
    BeforeTheTurn,

    /// <summary>
    /// The turn reads it itself, under its conversation's lock in its own transaction (where a check before the turn would
    /// be repeated anyway), and reports <see cref="DeliveryRecord.AlreadyProcessed"/> with the first outcome.
    /// </summary>
    InTheTurn,
}
