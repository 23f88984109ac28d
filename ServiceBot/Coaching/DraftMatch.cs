namespace ServiceBot.Coaching;

/// <summary>Where an expression was found in a draft, by token (inclusive first, exclusive last) and by character.</summary>
public sealed record DraftMatch(int FirstToken, int TokenCount, int Start, int End)
{
    public int LastToken => FirstToken + TokenCount;

    public bool Overlaps(DraftMatch other) => FirstToken < other.LastToken && other.FirstToken < LastToken;
}
