namespace ServiceBot.Content.Model;

/// <summary>
/// A courtesy phrase with the situations it fits. An empty-looking tag is never empty: a phrase that fits every
/// time of day, channel or temperament carries <c>Any</c>.
/// </summary>
public sealed record Phrase(
    string Id,
    Moment Moment,
    IReadOnlyList<TimeOfDay> TimesOfDay,
    IReadOnlyList<Channel> Channels,
    IReadOnlyList<Temperament> Temperaments,
    Register Register,
    IReadOnlyList<string> Steps,
    LocalizedText Text)
{
    public bool Fits(TimeOfDay timeOfDay) => TimesOfDay.Contains(TimeOfDay.Any) || TimesOfDay.Contains(timeOfDay);

    public bool Fits(Channel channel) => Channels.Contains(Channel.Any) || Channels.Contains(channel);

    public bool Fits(Temperament temperament) =>
        Temperaments.Contains(Temperament.Any) || Temperaments.Contains(temperament);

    public bool Fits(Register register) => Register == Register.Any || register == Register.Any || Register == register;
}
