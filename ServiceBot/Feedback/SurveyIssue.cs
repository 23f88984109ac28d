namespace ServiceBot.Feedback;

/// <summary>The outcome of offering a survey: the invitation and, for a link survey, its URL.</summary>
public sealed record SurveyIssue(SurveyIssueOutcome Outcome, SurveyInvitation? Invitation = null, string? Link = null, TimeSpan Lifetime = default);
