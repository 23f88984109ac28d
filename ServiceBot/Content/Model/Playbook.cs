namespace ServiceBot.Content.Model;

/// <summary>A guided de-escalation for one type of difficult customer; <see cref="Id"/> is the type (angry, impatient…).</summary>
public sealed record Playbook(
    string Id,
    PlaybookMethod Method,
    LocalizedText Title,
    LocalizedText Summary,
    LocalizedKeywords Triggers,
    IReadOnlyList<PlaybookStep> Steps);
