namespace ServiceBot.LoadTest.Rounds;

/// <summary>One round of a sitting: its number (from 1), the bots in the order they ran, and how long it took.</summary>
internal sealed record SittingRound(int Number, IReadOnlyList<string> Order, double Seconds);
