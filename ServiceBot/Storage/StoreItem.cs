namespace ServiceBot.Storage;

/// <summary>A stored JSON document and the ETag of the version that was read.</summary>
public sealed record StoreItem(string Key, string Json, string ETag);
