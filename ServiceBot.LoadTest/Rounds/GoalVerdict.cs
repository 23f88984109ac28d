namespace ServiceBot.LoadTest.Rounds;

/// <summary>
/// One goal for one bot: the figure it is judged by (median and spread over the rounds), the limit, and whether the
/// median is within it; <see cref="Met"/> is null when the figure is missing (no floor bot in the sitting, no turns).
/// </summary>
internal sealed record GoalVerdict(Goal Goal, Spread Figure, double Limit, bool? Met);

/// <summary>Every goal for one bot under test on one script.</summary>
internal sealed record BotVerdict(string Name, string Script, IReadOnlyList<GoalVerdict> Goals)
{
    public bool AllMet => Goals.All(g => g.Met == true);
}
