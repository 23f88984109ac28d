namespace ServiceBot.LoadTest.Rounds;

/// <summary>
/// One round of a sitting: its number (from 1), the bots in the order they ran, how long it took, and the machine's
/// 1-minute load average when each of its runs started (other work on the machine shows up in every figure).
/// </summary>
internal sealed record SittingRound(int Number, IReadOnlyList<string> Order, double Seconds, Spread LoadAverage);
