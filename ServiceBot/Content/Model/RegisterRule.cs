namespace ServiceBot.Content.Model;

/// <summary>Spanish only: a reply that uses words of both lists mixes usted and tú.</summary>
public sealed record RegisterRule(
    string Id,
    LocalizedText Message,
    IReadOnlyList<string> UstedMarkers,
    IReadOnlyList<string> TuMarkers);
