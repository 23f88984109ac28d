namespace ServiceBot.Coaching;

/// <summary>A stretch of a draft between punctuation marks, and the punctuation and spacing that follow it.</summary>
public sealed record DraftClause(int Start, int End, string Text, string Delimiter)
{
    private const string Delimiters = ",;.!?\n";

    public bool Contains(DraftMatch match) => match.Start < End && Start < match.End;

    public static IReadOnlyList<DraftClause> Split(string text)
    {
        var clauses = new List<DraftClause>();
        var start = 0;
        while (start < text.Length)
        {
            var end = start;
            while (end < text.Length && !Delimiters.Contains(text[end], StringComparison.Ordinal))
            {
                end++;
            }

            var next = end;
            while (next < text.Length && (Delimiters.Contains(text[next], StringComparison.Ordinal) || char.IsWhiteSpace(text[next])))
            {
                next++;
            }

            clauses.Add(new DraftClause(start, end, text[start..end], text[end..next]));
            start = next;
        }

        return clauses;
    }
}
