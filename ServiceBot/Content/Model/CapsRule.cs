namespace ServiceBot.Content.Model;

/// <summary>A draft with at least <see cref="MinLetters"/> letters, more than <see cref="MaxUppercaseRatio"/> of them capitals, reads as shouting.</summary>
public sealed record CapsRule(string Id, LocalizedText Message, int MinLetters, double MaxUppercaseRatio);
