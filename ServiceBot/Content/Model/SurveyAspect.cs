namespace ServiceBot.Content.Model;

/// <summary>An aspect of the service a customer can praise, tied to the protocol steps it reflects.</summary>
public sealed record SurveyAspect(string Id, LocalizedText Label, IReadOnlyList<ProtocolStep> Steps);
