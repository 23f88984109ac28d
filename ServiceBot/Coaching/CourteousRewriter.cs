using System.Text;

namespace ServiceBot.Coaching;

/// <summary>
/// Writes the courteous version of a draft: each clause holding an expression to avoid gives way to its courteous
/// alternative (a whole sentence, so the clause goes rather than leaving half a thought), the rest stays as the agent
/// wrote it, and the missing parts go before (a greeting) and after (thanks, a close).
/// </summary>
public static class CourteousRewriter
{
    public static string Rewrite(
        string text,
        IReadOnlyList<(DraftMatch Match, string Alternative)> replacements,
        IReadOnlyList<string> before,
        IReadOnlyList<string> after)
    {
        var body = ReplaceClauses(text, replacements).Trim();
        var parts = new List<string>(before);
        if (body.Length > 0)
        {
            parts.Add(before.Count > 0 ? CapitalizeFirst(body) : body);
        }

        if (after.Count > 0 && parts.Count > 0)
        {
            parts[^1] = EndSentence(parts[^1]);
        }

        parts.AddRange(after);
        return string.Join(" ", parts);
    }

    private static string ReplaceClauses(string text, IReadOnlyList<(DraftMatch Match, string Alternative)> replacements)
    {
        var output = new StringBuilder(text.Length);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var afterReplacement = false;
        foreach (var clause in DraftClause.Split(text))
        {
            var alternatives = replacements.Where(r => clause.Contains(r.Match)).Select(r => r.Alternative).ToList();
            if (alternatives.Count > 0)
            {
                var fresh = alternatives.Where(used.Add).ToList();
                if (fresh.Count > 0)
                {
                    CloseSentence(output);
                    output.Append(string.Join(" ", fresh));
                }

                afterReplacement = true;
                continue;
            }

            var kept = clause.Text + clause.Delimiter;
            if (afterReplacement)
            {
                if (string.IsNullOrWhiteSpace(clause.Text))
                {
                    continue;
                }

                kept = " " + CapitalizeFirst(kept.TrimStart());
                afterReplacement = false;
            }

            output.Append(kept);
        }

        return output.ToString();
    }

    /// <summary>Ends what was written so far as a sentence (a trailing comma becomes a full stop) before a new one starts.</summary>
    private static void CloseSentence(StringBuilder output)
    {
        var written = output.ToString().TrimEnd().TrimEnd(',', ';');
        output.Clear();
        if (written.Length > 0)
        {
            output.Append(EndSentence(written)).Append(' ');
        }
    }

    private static string EndSentence(string text) =>
        text.Length > 0 && char.IsLetterOrDigit(text[^1]) ? text + "." : text;

    private static string CapitalizeFirst(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsLetter(text[i]))
            {
                return string.Concat(text.AsSpan(0, i), char.ToUpperInvariant(text[i]).ToString(), text.AsSpan(i + 1));
            }

            if (char.IsDigit(text[i]))
            {
                break;
            }
        }

        return text;
    }
}
