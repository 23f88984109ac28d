namespace ServiceBot.Storage;

/// <summary>One entry of the content audit trail: which content (hash), who changed it, when, and what changed.</summary>
public sealed record ContentVersion(long Sequence, string Hash, string Author, string Summary, DateTimeOffset RecordedAt);
