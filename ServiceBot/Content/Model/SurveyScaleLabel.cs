namespace ServiceBot.Content.Model;

public sealed record SurveyScaleLabel(int Value, LocalizedText Label);
