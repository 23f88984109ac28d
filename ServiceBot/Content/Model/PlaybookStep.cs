namespace ServiceBot.Content.Model;

/// <summary>One step of a playbook: what to do, phrases to say (resolved from the phrase files) and things to avoid.</summary>
public sealed record PlaybookStep(
    string Id,
    MethodStep MethodStep,
    LocalizedText Title,
    LocalizedText Do,
    IReadOnlyList<Phrase> Say,
    IReadOnlyList<LocalizedText> Avoid);
