using ServiceBot.Content.Model;

namespace ServiceBot.Understanding;

/// <summary>
/// What a message was understood to mean: the intent and the values it carries, how sure the recogniser is, the
/// likeliest alternatives (best first, for a "¿Quiso decir…?" card), and what to do about it.
/// </summary>
public sealed record Understood
{
    public required Intent Intent { get; init; }

    public required UnderstandingDecision Decision { get; init; }

    /// <summary>0–1; exact words and prompt answers are 1.</summary>
    public required float Confidence { get; init; }

    public required UnderstoodBy By { get; init; }

    /// <summary>The likeliest intents, best first; for a clarification, the options to offer.</summary>
    public IReadOnlyList<IntentScore> Alternatives { get; init; } = [];

    /// <summary>For phrases: the moment the message asks for ("¿cómo me despido?" → farewell).</summary>
    public Moment? Moment { get; init; }

    /// <summary>For a draft review: the text to review, as typed (capitals kept).</summary>
    public string? Draft { get; init; }

    /// <summary>For a number answer: the value.</summary>
    public int? Number { get; init; }

    /// <summary>At the mood question, a description that also opens a playbook records this mood as well.</summary>
    public Temperament? Mood { get; init; }

    /// <summary>True when a prompt was open and this message leaves it for something else.</summary>
    public bool LeavesPrompt { get; init; }

    public static Understood Nothing { get; } = new()
    {
        Intent = Intent.Other,
        Decision = UnderstandingDecision.NotUnderstood,
        Confidence = 0,
        By = UnderstoodBy.Nothing,
    };
}
