namespace ServiceBot.Content.Model;

/// <summary>A reply should contain one of <see cref="Expect"/>'s words; when it does not, show the message and suggest phrases.</summary>
public sealed record PresenceRule(
    string Id,
    DraftPart Part,
    LocalizedText Message,
    LocalizedKeywords Expect,
    IReadOnlyList<Phrase> Suggest);
