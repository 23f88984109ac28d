namespace ServiceBot.Content.Model;

/// <summary>
/// The scales the survey's answers are stored on (and the database's CHECK constraints): satisfaction 1–5, so CSAT is
/// the share of 4 and 5; effort 1–7 as CES 2.0 defines it (1 = strongly disagree that it was easy, 7 = strongly agree).
/// Content is checked against them when it loads.
/// </summary>
public static class SurveyScales
{
    public static readonly (int Min, int Max) Satisfaction = (1, 5);

    public static readonly (int Min, int Max) Effort = (1, 7);

    /// <summary>Ratings counted as satisfied in CSAT.</summary>
    public const int SatisfiedFrom = 4;
}
