using System.Globalization;
using System.Text;
using ServiceBot.Content.Loading;
using ServiceBot.Content.Model;

namespace ServiceBot.Content.Cli;

/// <summary>A short, human summary of a valid content set: counts per kind, languages and version.</summary>
public static class ContentSummary
{
    public static string Describe(ContentSnapshot snapshot, string folder)
    {
        var phrasesByMoment = Enum.GetValues<Moment>()
            .Select(moment => $"{ContentNames.Of(moment)} {snapshot.Phrases.ByMoment(moment).Count()}");
        var playbooks = snapshot.Playbooks
            .Select(playbook => $"{playbook.Id} ({playbook.Method.ToString().ToUpperInvariant()})");
        var variants = snapshot.Phrases.All.SelectMany(phrase => phrase.Text.Variants.Keys)
            .Concat(snapshot.Ui.Texts.Values.SelectMany(text => text.Variants.Keys))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.OrdinalIgnoreCase)
            .ToList();
        var survey = snapshot.Survey;
        var draft = snapshot.DraftReview;
        var builder = new StringBuilder();
        Line(builder, $"Content OK: {folder} (version {snapshot.Version.Hash})");
        Line(builder, $"  protocol steps  {snapshot.Protocol.Count}");
        Line(builder, $"  foundations     {snapshot.Foundations.Count} (definitions, service-profit chain, principles)");
        Line(builder, $"  phrases         {snapshot.Phrases.All.Count}: {string.Join(", ", phrasesByMoment)}");
        Line(builder, $"  playbooks       {snapshot.Playbooks.Count}: {string.Join(", ", playbooks)}");
        Line(builder, $"  draft rules     {draft.Presence.Count + draft.Tone.Count + 2} ({draft.Presence.Count} presence, {draft.Tone.Count} tone, register, caps)");
        Line(builder, $"  survey          rating {survey.Rating.Scale.Min}–{survey.Rating.Scale.Max}, {survey.Aspects.Options.Count} aspects, comment, effort {(survey.Effort is null ? "off" : "on")}");
        Line(builder, $"  texts           {snapshot.Ui.Texts.Count} texts, {snapshot.Ui.Commands.Count} commands");
        Line(builder, $"  understanding   {Examples(snapshot.Understanding)} example utterances, {snapshot.Understanding.Moments.Count} phrase moments");
        Line(builder, $"  languages       es, en{(variants.Count > 0 ? "; variants " + string.Join(", ", variants) : string.Empty)}");
        return builder.ToString();
    }

    private static int Examples(UnderstandingExamples understanding)
    {
        static int Count(LocalizedKeywords words) => words.Es.Count + words.En.Count;
        IEnumerable<LocalizedKeywords> sections =
        [
            .. understanding.Commands.Values, understanding.Arrival, .. understanding.Playbooks.Values, .. understanding.Moods.Values,
            .. understanding.Channels.Values, .. understanding.Answers.Values, understanding.Drafts, understanding.Other,
        ];
        return sections.Sum(Count);
    }

    private static void Line(StringBuilder builder, string text) => builder.Append(text).Append('\n');
}
