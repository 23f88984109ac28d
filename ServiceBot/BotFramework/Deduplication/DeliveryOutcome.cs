using ServiceBot.BotFramework.Schema;

namespace ServiceBot.BotFramework.Deduplication;

/// <summary>How a turn left its activity's processed-activity record.</summary>
public enum DeliveryRecord
{
    /// <summary>The turn ran and recorded nothing itself: the deduplicator records its outcome afterwards.</summary>
    NotRecorded,

    /// <summary>The turn recorded its activity in its own transaction, with the state it committed.</summary>
    Recorded,

    /// <summary>The turn found, under its conversation's lock, that another delivery had processed the activity first.</summary>
    AlreadyProcessed,

    /// <summary>The turn failed before committing anything: a redelivery may run it again.</summary>
    Failed,

    /// <summary>
    /// The turn keeps a record of its own that makes a redelivery do nothing (the welcome's record of the install), so
    /// the deduplicator records nothing afterwards.
    /// </summary>
    KeptByTheTurn,
}

/// <summary>What one delivery of an activity produced: the invoke answer (if any) and how it was recorded.</summary>
public sealed record DeliveryOutcome(InvokeResponse? Response, DeliveryRecord Record);
