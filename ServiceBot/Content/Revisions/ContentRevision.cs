namespace ServiceBot.Content.Revisions;

/// <summary>
/// One saved content set. Immutable: an edit is a new revision whose <see cref="Parent"/> is the revision it started
/// from. <see cref="PublishedAt"/> is set once, when it went live; a rollback publishes a copy, never the old row.
/// </summary>
public sealed record ContentRevision(
    long Id,
    long? Parent,
    string Hash,
    string Author,
    string Summary,
    ContentOrigin Origin,
    DateTimeOffset CreatedAt,
    DateTimeOffset? PublishedAt,
    string? PublishedBy)
{
    public bool IsPublished => PublishedAt is not null;
}
