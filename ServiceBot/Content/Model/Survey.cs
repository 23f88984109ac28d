namespace ServiceBot.Content.Model;

/// <summary>
/// The post-service survey: a satisfaction rating, the aspects that stood out, an optional comment and, when
/// <see cref="Effort"/> is not null, the effort question. A one-time link can be answered for <see cref="LinkLifetime"/>.
/// </summary>
public sealed record Survey(
    string Id,
    LocalizedText Title,
    LocalizedText Intro,
    TimeSpan LinkLifetime,
    SurveyRatingQuestion Rating,
    SurveyAspectsQuestion Aspects,
    SurveyCommentQuestion Comment,
    SurveyRatingQuestion? Effort,
    LocalizedText Thanks);
