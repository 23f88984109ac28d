namespace ServiceBot.Content.Model;

/// <summary>A blaming, cold or negative expression and its courteous alternative.</summary>
public sealed record ToneRule(
    string Id,
    ToneCategory Category,
    LocalizedKeywords Match,
    LocalizedText Message,
    LocalizedText Alternative);
