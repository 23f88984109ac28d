namespace ServiceBot.Proactive;

/// <summary>The <c>Proactive</c> section: who gets the agents' calls for help, and how scheduled messages go out.</summary>
public sealed class ProactiveOptions
{
    public const string SectionName = "Proactive";

    public static readonly TimeSpan MinPollInterval = TimeSpan.FromMilliseconds(100);
    public static readonly TimeSpan MaxPollInterval = TimeSpan.FromDays(1);
    public static readonly TimeSpan MinClaimTimeout = TimeSpan.FromSeconds(10);
    public const int MaxBatchSize = 1000;
    public const int MaxMaxAttempts = 100;

    /// <summary>
    /// The supervisors' Entra object ids (Entra admin center → Users → Object ID): added at start to the roster as
    /// supervisors of its default team, who are called for agents in no team. Each must have opened a chat with the
    /// bot (installed it) before it can reach them.
    /// </summary>
    public IReadOnlyList<string> Supervisors { get; init; } = [];

    /// <summary>How often the dispatcher looks for due scheduled messages.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long a dispatcher holds the messages it claimed; a message whose send fails (or whose instance died) is
    /// tried again once this has passed. Longer than a send with its retries can take.
    /// </summary>
    public TimeSpan ClaimTimeout { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>At most this many messages are claimed at once.</summary>
    public int BatchSize { get; init; } = 50;

    /// <summary>A message that failed this many sends (other than 403) is given up, with an error in the log.</summary>
    public int MaxAttempts { get; init; } = 5;
}
