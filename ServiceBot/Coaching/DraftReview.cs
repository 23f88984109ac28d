namespace ServiceBot.Coaching;

public sealed record DraftReview(IReadOnlyList<DraftFinding> Findings, string CourteousVersion)
{
    public bool IsCourteous => Findings.Count == 0;
}
