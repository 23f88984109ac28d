using ServiceBot.Content.Model;
using ServiceBot.Understanding;
using ServiceBot.Localization;

namespace ServiceBot.MessageExtensions;

/// <summary>
/// Finds courtesy phrases for a search typed in the message extension: every word of the query must match (as a
/// prefix or with a small typo, ignoring case and accents) the phrase's text or its moment ("espera" finds the
/// waiting phrases). Matches in the phrase's own words rank above matches on its moment only. The agent's part of the
/// day and register narrow what is offered.
/// </summary>
public static class PhraseSearch
{
    private const int MinimumPrefixLength = 3;

    /// <summary>
    /// What fits the agent now, best first: phrases of this part of the day and this register (a phrase for another
    /// part of the day or the other register is left out; "buenas noches" at 9 a.m. or "siéntate" for a stranger
    /// would be wrong to insert).
    /// </summary>
    public static IReadOnlyList<Phrase> Find(ContentSnapshot content, string? query, Language language, TimeOfDay timeOfDay, Register register) =>
        [.. Find(content, query, language).Where(phrase => phrase.Fits(timeOfDay) && phrase.Fits(register))];

    /// <summary>The greetings for this part of the day and register, offered before anything is typed.</summary>
    public static IReadOnlyList<Phrase> Greetings(ContentSnapshot content, TimeOfDay timeOfDay, Register register) =>
        [.. content.Phrases.ByMoment(Moment.Greeting).Where(phrase => phrase.Fits(timeOfDay) && phrase.Fits(register))];

    public static IReadOnlyList<Phrase> Find(ContentSnapshot content, string? query, Language language)
    {
        var queryWords = TextNormalizer.Words(query);
        if (queryWords.Length == 0)
        {
            return [];
        }

        return content.Phrases.All
            .Select(phrase => (Phrase: phrase, Score: Score(phrase, queryWords, content, language)))
            .Where(match => match.Score > 0)
            .OrderByDescending(match => match.Score)
            .Select(match => match.Phrase)
            .ToList();
    }

    private static int Score(Phrase phrase, string[] queryWords, ContentSnapshot content, Language language)
    {
        var textWords = TextNormalizer.Words(phrase.Text.Get(language));
        var momentWords = MomentWords(phrase.Moment, content);
        var score = 0;
        foreach (var queryWord in queryWords)
        {
            if (textWords.Any(word => Matches(queryWord, word)))
            {
                score += 2;
            }
            else if (momentWords.Any(word => Matches(queryWord, word)))
            {
                score += 1;
            }
            else
            {
                return 0;
            }
        }

        return score;
    }

    private static string[] MomentWords(Moment moment, ContentSnapshot content)
    {
        var label = content.Ui.Find(MomentTextKeys.For(moment));
        return label is null ? [] : [.. TextNormalizer.Words(label.Es), .. TextNormalizer.Words(label.En)];
    }

    private static bool Matches(string queryWord, string word) =>
        (queryWord.Length >= MinimumPrefixLength && word.StartsWith(queryWord, StringComparison.Ordinal)) ||
        FuzzyMatch.WordsMatch(queryWord, word);
}
