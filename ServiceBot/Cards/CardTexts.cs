using System.Globalization;
using ServiceBot.Content.Model;
using ServiceBot.Localization;

namespace ServiceBot.Cards;

/// <summary>
/// The interface texts of one snapshot in one language, with <c>{name}</c> placeholders filled in; content texts with
/// their gendered words in the agent's form (<see cref="GenderedWords"/>).
/// </summary>
public sealed class CardTexts(ContentSnapshot content, Language language, string? locale = null, AgentGender gender = AgentGender.Neutral)
{
    public ContentSnapshot Content => content;

    public Language Language => language;

    public string this[string key] => content.Ui.Get(key, language);

    public string Fill(string key, params (string Name, object Value)[] values)
    {
        var text = this[key];
        foreach (var (name, value) in values)
        {
            text = text.Replace("{" + name + "}", Convert.ToString(value, CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>A content text in the agent's regional variant when there is one (es-MX "ahorita").</summary>
    public string Of(LocalizedText text) => GenderedWords.Resolve(locale is null ? text.Get(language) : text.Get(locale), gender);

    public string Moment(Moment moment) => this[MomentTextKeys.For(moment)];

    public string Channel(Channel channel) => channel switch
    {
        ServiceBot.Content.Model.Channel.Phone => this[TextKeys.ChannelPhone],
        ServiceBot.Content.Model.Channel.Chat => this[TextKeys.ChannelChat],
        _ => this[TextKeys.ChannelInPerson],
    };

    public string Stage(ServiceBot.Dialogs.ServiceStage stage) => stage switch
    {
        ServiceBot.Dialogs.ServiceStage.Service => this[TextKeys.StageService],
        ServiceBot.Dialogs.ServiceStage.Close => this[TextKeys.StageClose],
        _ => this[TextKeys.StageArrival],
    };

    /// <summary>A step of HEARD, LAST or LEAST in the agent's own words ("Escuchar", "Empatizar"…).</summary>
    public string MethodStep(MethodStep step) => this["method." + step.ToString().ToLowerInvariant()];

    /// <summary>"2, 5 y 10" / "2, 5 and 10".</summary>
    public string List(IEnumerable<int> numbers)
    {
        var items = numbers.Select(n => n.ToString(CultureInfo.InvariantCulture)).ToList();
        return items.Count <= 1
            ? string.Concat(items)
            : $"{string.Join(", ", items.Take(items.Count - 1))} {this[TextKeys.ListAnd]} {items[^1]}";
    }

    public string Temperament(Temperament temperament) => temperament switch
    {
        ServiceBot.Content.Model.Temperament.Jovial => this[TextKeys.TemperamentJovial],
        ServiceBot.Content.Model.Temperament.Serious => this[TextKeys.TemperamentSerious],
        ServiceBot.Content.Model.Temperament.Upset => this[TextKeys.TemperamentUpset],
        ServiceBot.Content.Model.Temperament.Hurried => this[TextKeys.TemperamentHurried],
        _ => string.Empty,
    };
}
