using System.Text.Json.Serialization;
using ServiceBot.Content.Model;

namespace ServiceBot.Dialogs;

/// <summary>
/// What the bot keeps about an agent across chats (per user, durable; <see cref="AgentProfileStore"/>): the shift they
/// are in and how its self-check was answered, the local day the tip of the day was last shown, and how the phrases'
/// gendered words speak for them. Immutable; a turn that changes it returns a new one in <see cref="TurnOutcome.Agent"/>.
/// </summary>
public sealed record AgentProfile
{
    /// <summary>A new shift starts at the first service after this long without one.</summary>
    public static readonly TimeSpan ShiftGap = TimeSpan.FromHours(6);

    public static AgentProfile New { get; } = new();

    /// <summary>When the agent last started a service.</summary>
    public DateTimeOffset? LastServiceAt { get; init; }

    /// <summary>When the current shift's first service started.</summary>
    public DateTimeOffset? ShiftStartedAt { get; init; }

    /// <summary>How the current shift's self-check was answered (none yet, done, skipped).</summary>
    [JsonConverter(typeof(JsonStringEnumConverter<ShiftCheckAnswer>))]
    public ShiftCheckAnswer ShiftCheck { get; init; }

    /// <summary>The agent's local date on which the tip of the day was last shown.</summary>
    public DateOnly? TipShownOn { get; init; }

    /// <summary>The form of gendered words in the phrases the agent says ("yo mismo" / "yo misma"); neutral shows both.</summary>
    [JsonConverter(typeof(JsonStringEnumConverter<AgentGender>))]
    public AgentGender Gender { get; init; }

    /// <summary>In a shift whose self-check is not answered yet.</summary>
    [JsonIgnore]
    public bool ShiftCheckPending => ShiftStartedAt is not null && ShiftCheck == ShiftCheckAnswer.None;

    /// <summary>A service starts now: the first one after <see cref="ShiftGap"/> without any opens a new shift.</summary>
    public AgentProfile ServiceStarted(DateTimeOffset now) => LastServiceAt is { } last && now - last < ShiftGap && now >= last
        ? this with { LastServiceAt = now }
        : this with { LastServiceAt = now, ShiftStartedAt = now, ShiftCheck = ShiftCheckAnswer.None };

    /// <summary>The self-check answered; only the first answer of a shift counts (a double tap changes nothing).</summary>
    public AgentProfile ShiftChecked(ShiftCheckAnswer answer) =>
        ShiftCheckPending && answer != ShiftCheckAnswer.None ? this with { ShiftCheck = answer } : this;
}

public enum ShiftCheckAnswer
{
    None,
    Done,
    Skipped,
}
