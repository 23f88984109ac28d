namespace ServiceBot.Content.Model;

/// <summary>
/// The post-service survey: a satisfaction rating, the aspects that stood out, an optional comment and, when
/// <see cref="Effort"/> is not null, the effort question.
/// </summary>
public sealed record Survey(
    string Id,
    LocalizedText Title,
    LocalizedText Intro,
    SurveyRatingQuestion Rating,
    SurveyAspectsQuestion Aspects,
    SurveyCommentQuestion Comment,
    SurveyRatingQuestion? Effort,
    LocalizedText Thanks);
