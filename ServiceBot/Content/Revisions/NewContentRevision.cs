using ServiceBot.Content.Sources;

namespace ServiceBot.Content.Revisions;

/// <summary>What a new revision is made of; the store gives it an id and a time.</summary>
public sealed record NewContentRevision(ContentFileSet Files, long? Parent, string Author, string Summary, ContentOrigin Origin);
