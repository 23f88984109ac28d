using ServiceBot.Content.Model;

namespace ServiceBot.Coaching;

// Interim until the coaching branch lands (same signature).
public static class PhraseSuggester
{
    public static IReadOnlyList<Phrase> Suggest(PhraseIndex phrases, PhraseQuery query, int rotation, int count)
    {
        var found = phrases.Find(query);
        if (found.Count == 0)
        {
            found = phrases.Find(new PhraseQuery(query.Moment));
        }

        if (found.Count <= count)
        {
            return found;
        }

        var start = rotation * count % found.Count;
        return Enumerable.Range(0, count).Select(i => found[(start + i) % found.Count]).ToList();
    }
}
