using ServiceBot.Storage;

namespace ServiceBot.Feedback;

/// <summary>What the customer answered, already checked against the survey's scales and options.</summary>
public sealed record SurveyAnswer(int Rating, IReadOnlyList<string> Aspects, int? Effort, string? Comment, FeedbackSource Source);
