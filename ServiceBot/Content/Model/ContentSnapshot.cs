namespace ServiceBot.Content.Model;

/// <summary>
/// One immutable, validated set of dialog content. A reload builds a new snapshot and swaps it in whole, so a reader
/// holding this instance never sees half an edit.
/// </summary>
public sealed class ContentSnapshot
{
    public ContentSnapshot(
        ContentVersion version,
        IReadOnlyList<ProtocolStep> protocol,
        IReadOnlyList<Foundation> foundations,
        IReadOnlyList<Phrase> phrases,
        IReadOnlyList<Playbook> playbooks,
        DraftReviewRules draftReview,
        Survey survey,
        UiTexts ui,
        ContentSettings settings,
        UnderstandingExamples understanding)
    {
        Version = version;
        Protocol = [.. protocol.OrderBy(step => step.Order)];
        Foundations = foundations;
        Phrases = new PhraseIndex(phrases);
        Playbooks = playbooks;
        DraftReview = draftReview;
        Survey = survey;
        Ui = ui;
        Settings = settings;
        Understanding = understanding;
        StepsById = protocol.ToDictionary(step => step.Id, StringComparer.Ordinal);
        FoundationsById = foundations.ToDictionary(item => item.Id, StringComparer.Ordinal);
        PlaybooksById = playbooks.ToDictionary(playbook => playbook.Id, StringComparer.Ordinal);
    }

    public ContentVersion Version { get; }

    /// <summary>The protocol steps in checklist order.</summary>
    public IReadOnlyList<ProtocolStep> Protocol { get; }

    public IReadOnlyDictionary<string, ProtocolStep> StepsById { get; }

    public IReadOnlyList<Foundation> Foundations { get; }

    public IReadOnlyDictionary<string, Foundation> FoundationsById { get; }

    public PhraseIndex Phrases { get; }

    public IReadOnlyList<Playbook> Playbooks { get; }

    /// <summary>Playbooks by customer type (angry, impatient, demanding…).</summary>
    public IReadOnlyDictionary<string, Playbook> PlaybooksById { get; }

    public DraftReviewRules DraftReview { get; }

    public Survey Survey { get; }

    public UiTexts Ui { get; }

    public ContentSettings Settings { get; }

    /// <summary>Example utterances per intent and the words that pick out a value (dialogs/understanding/).</summary>
    public UnderstandingExamples Understanding { get; }

    /// <summary>Every id of every kind, for tools and tests that check coverage.</summary>
    public IEnumerable<string> AllIds =>
        Protocol.Select(step => step.Id)
            .Concat(Foundations.Select(item => item.Id))
            .Concat(Phrases.All.Select(phrase => phrase.Id))
            .Concat(Playbooks.Select(playbook => playbook.Id))
            .Concat(Playbooks.SelectMany(playbook => playbook.Steps.Select(step => step.Id)))
            .Concat(DraftReview.Presence.Select(rule => rule.Id))
            .Concat(DraftReview.Tone.Select(rule => rule.Id))
            .Append(DraftReview.Register.Id)
            .Append(DraftReview.Caps.Id)
            .Append(Survey.Id)
            .Append(Survey.Rating.Id)
            .Append(Survey.Aspects.Id)
            .Concat(Survey.Aspects.Options.Select(option => option.Id))
            .Append(Survey.Comment.Id)
            .Concat(Survey.Effort is { } effort ? [effort.Id] : [])
            .Concat(Ui.Commands.Select(command => command.Id));
}
