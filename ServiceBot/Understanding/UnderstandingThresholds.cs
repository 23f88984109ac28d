namespace ServiceBot.Understanding;

/// <summary>
/// Where the classifier's confidence turns into a decision, tuned on the evaluation set in the tests
/// (ServiceBot.Tests/Understanding/Evaluation). Above <see cref="Act"/> the bot acts; between <see cref="Clarify"/>
/// and it, the bot asks "¿Quiso decir…?" with the likeliest options; below, the menu.
/// </summary>
public sealed record UnderstandingThresholds
{
    public static UnderstandingThresholds Default { get; } = new();

    public float Act { get; init; } = 0.4f;

    /// <summary>Opening a playbook on a guess is worse than asking, so it needs more.</summary>
    public float ActOnPlaybook { get; init; } = 0.5f;

    /// <summary>
    /// At "¿Cómo está el cliente?" a description is a mood; a difficult customer this certain (or one named by a
    /// trigger word, "furioso") opens the playbook too.
    /// </summary>
    public float PlaybookAtMoodQuestion { get; init; } = 0.8f;

    public float Clarify { get; init; } = 0.2f;

    /// <summary>A guess the content's own words confirm (a mood word, a trigger inside the sentence) is acted on from here.</summary>
    public float Corroborated { get; init; } = 0.2f;

    /// <summary>An option is offered in a clarification only this likely or more.</summary>
    public float Option { get; init; } = 0.1f;

    public int MaxOptions { get; init; } = 3;

    /// <summary>At a prompt, the classifier's reading of an answer (a long "sí, …") counts from here.</summary>
    public float PromptAnswer { get; init; } = 0.35f;

    /// <summary>At the mood question, the share of the classifier's belief that must be about the customer (moods, playbooks).</summary>
    public float OnSubject { get; init; } = 0.35f;

    /// <summary>At the playbook chooser every answer is about a type, so a weaker lean is enough.</summary>
    public float OnChosenSubject { get; init; } = 0.15f;

    /// <summary>A draft box lets a message go as a command only when it is short: drafts are sentences.</summary>
    public int MaxWordsOfACommandInADraftBox { get; init; } = 8;
}
