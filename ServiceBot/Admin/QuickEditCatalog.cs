using ServiceBot.Cards;
using ServiceBot.Content.Model;
using ServiceBot.Localization;

namespace ServiceBot.Admin;

/// <summary>What the quick-edit card offers from the live content: the moments and guides, then their phrases or steps.</summary>
public static class QuickEditCatalog
{
    private const string MomentPrefix = "moment:";
    private const string PlaybookPrefix = "playbook:";
    private const int MaxTitleLength = 70;

    public static IReadOnlyList<QuickEditChoice> Groups(ContentSnapshot content, Language language)
    {
        ArgumentNullException.ThrowIfNull(content);
        var texts = new CardTexts(content, language);
        var moments = Enum.GetValues<Moment>()
            .Where(moment => content.Phrases.ByMoment(moment).Any())
            .Select(moment => new QuickEditChoice(MomentPrefix + moment, QuickEditCardTexts.Fill(language, "group.moment", texts.Moment(moment))));
        var playbooks = content.Playbooks
            .Select(playbook => new QuickEditChoice(PlaybookPrefix + playbook.Id, QuickEditCardTexts.Fill(language, "group.playbook", playbook.Title.Get(language))));
        return [.. moments, .. playbooks];
    }

    /// <summary>The group's title and its phrases or steps; null for a group the content does not have.</summary>
    public static (string Title, bool Steps, IReadOnlyList<QuickEditChoice> Items)? Items(ContentSnapshot content, Language language, string? group)
    {
        ArgumentNullException.ThrowIfNull(content);
        var texts = new CardTexts(content, language);
        if (group?.StartsWith(MomentPrefix, StringComparison.Ordinal) == true && Enum.TryParse<Moment>(group[MomentPrefix.Length..], out var moment)
            && Enum.IsDefined(moment))
        {
            var phrases = content.Phrases.ByMoment(moment)
                .Select(phrase => new QuickEditChoice(QuickEditTarget.Phrase(phrase.Id).Value, Short(phrase.Text.Get(language))))
                .ToList();
            return phrases.Count == 0 ? null : (QuickEditCardTexts.Fill(language, "group.moment", texts.Moment(moment)), false, phrases);
        }

        if (group?.StartsWith(PlaybookPrefix, StringComparison.Ordinal) == true && content.PlaybooksById.TryGetValue(group[PlaybookPrefix.Length..], out var playbook))
        {
            var steps = playbook.Steps
                .Select((step, index) => new QuickEditChoice(QuickEditTarget.Step(playbook.Id, step.Id).Value, $"{index + 1}. {Short(step.Title.Get(language))}"))
                .ToList();
            return (QuickEditCardTexts.Fill(language, "group.playbook", playbook.Title.Get(language)), true, steps);
        }

        return null;
    }

    /// <summary>The card's title for editing this target, and the agent's card showing the given texts.</summary>
    public static (string Title, IReadOnlyList<System.Text.Json.Nodes.JsonNode>? Preview) Describe(
        ContentSnapshot content, Language language, QuickEditTarget target, string es, string en)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(target);
        var texts = new CardTexts(content, language);
        var edited = new LocalizedText(es, en);
        if (!target.IsStep)
        {
            return (QuickEditCardTexts.Get(language, "editPhrase"),
                content.Phrases.Find(target.Id) is { } phrase ? QuickEditCard.PreviewPhrase(texts, phrase with { Text = edited }) : null);
        }

        if (content.PlaybooksById.TryGetValue(target.PlaybookId, out var playbook) && playbook.Steps.ToList().FindIndex(s => s.Id == target.Id) is var index and >= 0)
        {
            var step = playbook.Steps[index];
            var steps = playbook.Steps.ToList();
            steps[index] = step with { Do = edited };
            return (QuickEditCardTexts.Fill(language, "editStep", step.Title.Get(language)), QuickEditCard.PreviewStep(texts, playbook with { Steps = steps }, index));
        }

        return (QuickEditCardTexts.Get(language, "editPhrase"), null);
    }

    private static string Short(string text) => text.Length <= MaxTitleLength ? text : string.Concat(text.AsSpan(0, MaxTitleLength - 1), "…");
}
