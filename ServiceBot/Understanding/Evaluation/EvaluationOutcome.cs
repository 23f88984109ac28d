namespace ServiceBot.Understanding.Evaluation;

/// <summary>One utterance's result: what it was understood as, and whether that is what was expected.</summary>
public sealed record EvaluationOutcome(EvaluationCase Case, Understood Understood, bool Correct)
{
    /// <summary>Not acted on, but the expected action was among the "¿Quiso decir…?" options.</summary>
    public bool Offered => !Correct && Understood.Decision == UnderstandingDecision.Clarify
        && Understood.Alternatives.Any(option => option.Intent == Case.Expected);

    /// <summary>What the bot did, in the expected intent's vocabulary: the intent acted on, "clarify" or "menu".</summary>
    public string Got => Understood.Decision switch
    {
        UnderstandingDecision.Act => Understood.Intent.ToString(),
        UnderstandingDecision.Clarify => $"clarify({string.Join("|", Understood.Alternatives.Select(a => a.Intent))})",
        _ => "not-understood",
    };
}
