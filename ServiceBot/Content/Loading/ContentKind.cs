namespace ServiceBot.Content.Loading;

/// <summary>The kinds of content file; each has its JSON Schema in <c>schema/{name}.schema.json</c>.</summary>
public enum ContentKind
{
    Protocol,
    Foundations,
    Phrases,
    Playbook,
    DraftReview,
    Survey,
    Texts,
    Settings,
    Understanding,
}
