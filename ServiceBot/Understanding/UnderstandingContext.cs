using ServiceBot.Content.Model;

namespace ServiceBot.Understanding;

/// <summary>
/// Where a message is said: the open question (<see cref="Prompt"/>), whether a service is open (someone arriving
/// starts one or waits for one), and the scale of a rating question.
/// </summary>
public sealed record UnderstandingContext(PromptKind Prompt = PromptKind.None, bool ServiceOpen = false)
{
    public static UnderstandingContext None { get; } = new();

    /// <summary>The scale a <see cref="PromptKind.Rating"/> answer must fall in; the survey's rating when absent.</summary>
    public SurveyScale? Scale { get; init; }
}
