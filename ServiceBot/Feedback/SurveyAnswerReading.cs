namespace ServiceBot.Feedback;

/// <summary>A submitted survey read: the answer when every field is fine, else what to correct.</summary>
public sealed record SurveyAnswerReading(SurveyAnswer? Answer, IReadOnlyList<SurveyFieldError> Errors, int CommentLength);
