using ServiceBot.Storage;

namespace ServiceBot.Feedback;

/// <summary>
/// The outcome of submitting an answer with a token: <see cref="SurveyState.Open"/> means this submit claimed the
/// token and its answer is <see cref="Response"/>; any other state means nothing was recorded.
/// </summary>
public sealed record SurveyClaim(SurveyState State, SurveyInvitation? Invitation, FeedbackResponse? Response)
{
    public bool Recorded => State == SurveyState.Open && Response is not null;
}
