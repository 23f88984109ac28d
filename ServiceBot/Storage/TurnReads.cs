using ServiceBot.BotFramework.Deduplication;

namespace ServiceBot.Storage;

/// <summary>
/// What a turn will read first, named when its transaction begins: the processed-activity record and state items. An
/// engine that can send them with the conversation's lock in one round trip does (PostgreSQL); the others read each
/// when it is asked for. Either way the transaction answers the same.
/// </summary>
public sealed record TurnReads(ProcessedActivityKey? Processed, IReadOnlyList<string> StateKeys)
{
    public static TurnReads None { get; } = new(null, []);
}
