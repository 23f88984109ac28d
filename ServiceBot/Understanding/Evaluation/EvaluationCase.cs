using ServiceBot.Content.Model;

namespace ServiceBot.Understanding.Evaluation;

/// <summary>
/// One utterance of an evaluation file with what it must be understood as: the intent, and the values it carries
/// when they matter (the moment of the phrases, the draft, the number, the mood recorded with a playbook).
/// <see cref="Line"/> is where it is written, for reports.
/// </summary>
public sealed record EvaluationCase(int Line, string Say, Intent Expected)
{
    public UnderstandingContext Context { get; init; } = UnderstandingContext.None;

    public Moment? Moment { get; init; }

    public string? Draft { get; init; }

    public int? Number { get; init; }
}
