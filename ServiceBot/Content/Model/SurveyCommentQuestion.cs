namespace ServiceBot.Content.Model;

public sealed record SurveyCommentQuestion(string Id, LocalizedText Prompt, LocalizedText Placeholder, int MaxLength);
