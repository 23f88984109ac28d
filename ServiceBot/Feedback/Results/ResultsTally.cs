using ServiceBot.Content.Model;

namespace ServiceBot.Feedback.Results;

/// <summary>
/// Counts for one group of answers (everything, one agent, one week) and the measures made from them: CSAT as the
/// share of 4 and 5, the mean rating beside it, the response rate (answers ÷ services ended with a survey offered) and
/// CES (mean of the 1–7 agreement that it was easy, and the share of 5–7).
/// </summary>
public sealed record ResultsTally(long Answers, long Satisfied, long RatingSum, long EffortAnswers, long EffortSum, long EffortEasy, long Offered)
{
    public static ResultsTally Empty { get; } = new(0, 0, 0, 0, 0, 0, 0);

    /// <summary>CSAT %: (4s + 5s) ÷ answers × 100; null with no answers.</summary>
    public double? CsatPercent => Answers == 0 ? null : 100.0 * Satisfied / Answers;

    public double? MeanRating => Answers == 0 ? null : (double)RatingSum / Answers;

    /// <summary>Answers ÷ services ended (each offered one survey) × 100; null when none ended.</summary>
    public double? ResponseRatePercent => Offered == 0 ? null : Math.Min(100.0, 100.0 * Answers / Offered);

    public double? CesMean => EffortAnswers == 0 ? null : (double)EffortSum / EffortAnswers;

    public double? CesEasyPercent => EffortAnswers == 0 ? null : 100.0 * EffortEasy / EffortAnswers;

    public ResultsTally Add(ResultsTally other) => new(
        Answers + other.Answers, Satisfied + other.Satisfied, RatingSum + other.RatingSum, EffortAnswers + other.EffortAnswers,
        EffortSum + other.EffortSum, EffortEasy + other.EffortEasy, Offered + other.Offered);

    /// <summary>Effort answers counted as easy (5–7 on the 7-point agreement scale).</summary>
    public const int EasyFrom = 5;

    internal static int SatisfiedFrom => SurveyScales.SatisfiedFrom;
}
