namespace ServiceBot.Content.Model;

/// <summary>A question answered on a scale: the satisfaction rating or the effort question.</summary>
public sealed record SurveyRatingQuestion(string Id, LocalizedText Prompt, SurveyScale Scale);
