using ServiceBot.Content.Model;

namespace ServiceBot.Understanding;

/// <summary>
/// Everything the recogniser needs from one content snapshot, built once per snapshot: the trained classifier, the
/// exact words (command keywords, button labels, mood and trigger words) in order of trust, the yes/no words, the
/// words that pick out a phrase moment, and the request words that may lead a draft.
/// </summary>
public sealed class UnderstandingModel
{
    private readonly Lazy<IntentClassifier> _classifier;

    public UnderstandingModel(ContentSnapshot content, IntentClassifier classifier, UnderstandingThresholds? thresholds = null)
        : this(content, new Lazy<IntentClassifier>(classifier), thresholds)
    {
    }

    /// <param name="classifier">Trained on first use (or in the background): exact words never wait for it.</param>
    public UnderstandingModel(ContentSnapshot content, Lazy<IntentClassifier> classifier, UnderstandingThresholds? thresholds = null)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        Content = content;
        _classifier = classifier;
        Thresholds = thresholds ?? UnderstandingThresholds.Default;
        var ui = content.Ui;
        var understanding = content.Understanding;
        string[] Label(string key) => ui.Find(key) is { } text ? [text.Es, text.En] : [];

        // Tier 1: what a command is called and what its button says. Tier 2: the other buttons' labels. Tier 3: the
        // words that describe a customer, trusted last ("molesto" alone is the mood button, not the angry guide).
        ExactTiers =
        [
            new KeywordMatcher<ExactTarget>(ui.Commands.Select(command => (
                new ExactTarget(Intent.Command(command.Id)),
                command.Keywords.Es.Concat(command.Keywords.En).Concat(Label(command.LabelKey))))),
            new KeywordMatcher<ExactTarget>(
            [
                .. ui.Temperaments.Keys.Select(t => (new ExactTarget(Intent.Mood(t)), (IEnumerable<string>)Label($"temperament.{TemperamentKey(t)}"))),
                .. Enum.GetValues<Channel>().Where(c => c != Channel.Any)
                    .Select(c => (new ExactTarget(Intent.ChannelOf(c)), (IEnumerable<string>)Label($"channel.{ChannelKey(c)}"))),
                .. Enum.GetValues<Moment>()
                    .Select(m => (new ExactTarget(Intent.Command(PhrasesCommand), m), (IEnumerable<string>)Label($"moment.{m.ToString().ToLowerInvariant()}"))),
                (new ExactTarget(Intent.Answer(PromptAnswer.Yes)), Label("prompt.yes")),
                (new ExactTarget(Intent.Answer(PromptAnswer.No)), Label("prompt.no")),
                (new ExactTarget(Intent.Answer(PromptAnswer.Next)), [.. Label("playbook.nextStep"), .. Label("playbook.finish")]),
                .. content.Playbooks.Select(p => (new ExactTarget(Intent.Playbook(p.Id)), (IEnumerable<string>)[p.Title.Es, p.Title.En])),
            ]),
            new KeywordMatcher<ExactTarget>(
            [
                .. ui.Temperaments.Select(entry => (new ExactTarget(Intent.Mood(entry.Key)), entry.Value.Es.Concat(entry.Value.En))),
                .. content.Playbooks.Select(p => (new ExactTarget(Intent.Playbook(p.Id)), p.Triggers.Es.Concat(p.Triggers.En))),
            ]),
        ];

        Corroborating = new KeywordMatcher<Intent>(
        [
            .. ui.Temperaments.Select(entry => (Intent.Mood(entry.Key), entry.Value.Es.Concat(entry.Value.En))),
            .. content.Playbooks.Select(p => (Intent.Playbook(p.Id), p.Triggers.Es.Concat(p.Triggers.En))),
            .. ui.Commands.Select(command => (Intent.Command(command.Id), command.Keywords.Es.Concat(command.Keywords.En).Where(k => k.Contains(' ', StringComparison.Ordinal)))),
        ]);
        YesNo = new YesNoRecognizer(understanding.Answers);
        NextWords = new KeywordMatcher<bool>([(true, Words(understanding.Answers, PromptAnswer.Next).Concat(Label("playbook.nextStep")).Concat(Label("playbook.finish")))]);
        Moments = new KeywordMatcher<Moment>(Enum.GetValues<Moment>().Select(m => (m,
            Words(understanding.Moments, m).Concat(Label($"moment.{m.ToString().ToLowerInvariant()}")))));
        PlaybookNames = new KeywordMatcher<string>(content.Playbooks.Select(p => (p.Id, (IEnumerable<string>)[p.Title.Es, p.Title.En, p.Id])));
        PlaybookTitleWords = new KeywordMatcher<string>(DistinctiveTitleWords(content.Playbooks));
        PlaybookTriggers = new KeywordMatcher<string>(content.Playbooks.Select(p => (p.Id, p.Triggers.Es.Concat(p.Triggers.En))));
        var review = ui.Commands.FirstOrDefault(command => command.Id == ReviewCommand);
        ReviewLeads = new KeywordMatcher<bool>([(true, review is null ? [] : review.Keywords.Es.Concat(review.Keywords.En)
            .Concat(Words(understanding.Commands, ReviewCommand)).Concat(Label(review.LabelKey)))]);
    }

    public const string PhrasesCommand = "phrases";

    public const string ReviewCommand = "review-draft";

    public ContentSnapshot Content { get; }

    public IntentClassifier Classifier => _classifier.Value;

    /// <summary>Whether the classifier is trained, so that a sentence is understood without waiting.</summary>
    public bool IsClassifierReady => _classifier.IsValueCreated;

    public UnderstandingThresholds Thresholds { get; }

    /// <summary>Whole-message matchers, most trusted first.</summary>
    public IReadOnlyList<KeywordMatcher<ExactTarget>> ExactTiers { get; }

    /// <summary>Mood words, playbook triggers and multi-word command keywords found inside a sentence: they confirm a middling guess.</summary>
    public KeywordMatcher<Intent> Corroborating { get; }

    public YesNoRecognizer YesNo { get; }

    public KeywordMatcher<bool> NextWords { get; }

    public KeywordMatcher<Moment> Moments { get; }

    public KeywordMatcher<string> PlaybookNames { get; }

    /// <summary>A word of one playbook's title only ("apurado", "grosero"): at the chooser, naming it picks that type.</summary>
    public KeywordMatcher<string> PlaybookTitleWords { get; }

    public KeywordMatcher<string> PlaybookTriggers { get; }

    /// <summary>Request words that may come before a draft ("revisa este mensaje", "check my reply").</summary>
    public KeywordMatcher<bool> ReviewLeads { get; }

    public ExactTarget? Exact(string? text)
    {
        foreach (var tier in ExactTiers)
        {
            if (tier.TryMatchExactly(text, out var target))
            {
                return target;
            }
        }

        return null;
    }

    private static IEnumerable<(string, IEnumerable<string>)> DistinctiveTitleWords(IReadOnlyList<Playbook> playbooks)
    {
        const int MinLetters = 4;
        var words = playbooks.Select(p => (p.Id, Words: TextNormalizer.Words(p.Title.Es + " " + p.Title.En).Where(w => w.Length >= MinLetters).Distinct().ToList())).ToList();
        var shared = words.SelectMany(entry => entry.Words).GroupBy(w => w).Where(group => group.Count() > 1).Select(group => group.Key).ToHashSet();
        return words.Select(entry => (entry.Id, (IEnumerable<string>)[.. entry.Words.Where(w => !shared.Contains(w))]));
    }

    private static IEnumerable<string> Words<TKey>(IReadOnlyDictionary<TKey, LocalizedKeywords> section, TKey key)
        where TKey : notnull =>
        section.TryGetValue(key, out var words) ? words.Es.Concat(words.En) : [];

    private static string TemperamentKey(Temperament temperament) => temperament.ToString().ToLowerInvariant();

    private static string ChannelKey(Channel channel) => channel == Channel.InPerson ? "inPerson" : channel.ToString().ToLowerInvariant();
}
