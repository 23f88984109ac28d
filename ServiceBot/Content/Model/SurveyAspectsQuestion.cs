namespace ServiceBot.Content.Model;

public sealed record SurveyAspectsQuestion(string Id, LocalizedText Prompt, IReadOnlyList<SurveyAspect> Options);
