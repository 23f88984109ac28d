namespace ServiceBot.Content.Model;

/// <summary>Phrases by id and by moment, and a query that puts the best-fitting variants first.</summary>
public sealed class PhraseIndex
{
    private readonly Dictionary<string, Phrase> byId;
    private readonly ILookup<Moment, Phrase> byMoment;

    public PhraseIndex(IReadOnlyList<Phrase> phrases)
    {
        All = phrases;
        byId = phrases.ToDictionary(phrase => phrase.Id, StringComparer.Ordinal);
        byMoment = phrases.ToLookup(phrase => phrase.Moment);
    }

    public IReadOnlyList<Phrase> All { get; }

    public Phrase? Find(string id) => byId.GetValueOrDefault(id);

    public IEnumerable<Phrase> ByMoment(Moment moment) => byMoment[moment];

    /// <summary>
    /// The phrases that fit every given criterion, those tagged for the exact situation before the general ones
    /// (a morning greeting before an any-time greeting), then in file order; callers rotate through them.
    /// </summary>
    public IReadOnlyList<Phrase> Find(PhraseQuery query) =>
        byMoment[query.Moment]
            .Where(phrase => query.TimeOfDay is not { } time || phrase.Fits(time))
            .Where(phrase => query.Channel is not { } channel || phrase.Fits(channel))
            .Where(phrase => query.Temperament is not { } temperament || phrase.Fits(temperament))
            .Where(phrase => query.Register is not { } register || phrase.Fits(register))
            .Where(phrase => query.Step is null || phrase.Steps.Contains(query.Step, StringComparer.Ordinal))
            .OrderByDescending(phrase => Specificity(phrase, query))
            .ToList();

    private static int Specificity(Phrase phrase, PhraseQuery query) =>
        (query.TimeOfDay is { } time && time != TimeOfDay.Any && phrase.TimesOfDay.Contains(time) ? 1 : 0)
        + (query.Channel is { } channel && channel != Channel.Any && phrase.Channels.Contains(channel) ? 1 : 0)
        + (query.Temperament is { } temperament && temperament != Temperament.Any
            && phrase.Temperaments.Contains(temperament) ? 1 : 0)
        + (query.Register is { } register && register != Register.Any && phrase.Register == register ? 1 : 0);
}
