using ServiceBot.BotFramework.Deduplication;
using ServiceBot.People;

namespace ServiceBot.Storage;

/// <summary>
/// What a turn will read first, named when its transaction begins: the processed-activity record, state items, the
/// service session a state item names, and the roster's answer about the person who wrote. An engine that can send them with the conversation's lock in one round
/// trip does (PostgreSQL); the others read each when it is asked for. Either way the transaction answers the same.
/// </summary>
public sealed record TurnReads(ProcessedActivityKey? Processed, IReadOnlyList<string> StateKeys)
{
    public static TurnReads None { get; } = new(null, []);

    /// <summary>The session whose id is in a state item's JSON, read with the state when the engine can.</summary>
    public SessionInState? Session { get; init; }

    /// <summary>The person to ask the roster about (<see cref="ITurnTransaction.IsSupervisorOnlyAsync"/>), read with the state when the engine can.</summary>
    public PersonKey? SupervisorOnly { get; init; }
}

/// <summary>A service session named by the top-level string property <paramref name="Property"/> of the state item <paramref name="StateKey"/>.</summary>
public sealed record SessionInState(string StateKey, string Property);
