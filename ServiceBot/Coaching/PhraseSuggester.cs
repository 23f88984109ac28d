using ServiceBot.Content.Model;

namespace ServiceBot.Coaching;

/// <summary>
/// The phrases to show for a moment: those that fit the whole situation, relaxing the least important criterion
/// first when none does (protocol step, then temperament, channel, register; the time of day last, so "buenos días" is
/// never offered at night while an evening phrase exists), and rotating so the agent sees new variants each time.
/// </summary>
public static class PhraseSuggester
{
    public static IReadOnlyList<Phrase> Suggest(PhraseIndex phrases, PhraseQuery query, int rotation, int count)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        ArgumentNullException.ThrowIfNull(query);
        var found = Relaxations(query).Select(phrases.Find).FirstOrDefault(list => list.Count > 0) ?? [];
        if (found.Count <= count)
        {
            return found;
        }

        var start = (int)((long)Math.Max(rotation, 0) * count % found.Count);
        return Enumerable.Range(0, count).Select(i => found[(start + i) % found.Count]).ToList();
    }

    private static IEnumerable<PhraseQuery> Relaxations(PhraseQuery query)
    {
        yield return query;
        var relaxed = query with { Step = null };
        yield return relaxed;
        relaxed = relaxed with { Temperament = null };
        yield return relaxed;
        relaxed = relaxed with { Channel = null };
        yield return relaxed;
        relaxed = relaxed with { Register = null };
        yield return relaxed;
        yield return new PhraseQuery(query.Moment);
    }
}
