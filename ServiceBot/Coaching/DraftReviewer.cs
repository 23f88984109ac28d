using ServiceBot.Content.Model;
using ServiceBot.Localization;

namespace ServiceBot.Coaching;

/// <summary>
/// Checks a reply an agent is about to send against dialogs/draft-review/rules.yaml: shouting in capitals, blaming,
/// cold or negative expressions, a mix of usted and tú, a missing greeting, thanks or close. Findings are worded in the
/// agent's language; the courteous version is in the language the draft is written in.
/// </summary>
public static class DraftReviewer
{
    public static DraftReview Review(string draft, ContentSnapshot content, Language language, TimeOfDay timeOfDay, Register register, Channel channel = Channel.Chat)
    {
        ArgumentNullException.ThrowIfNull(content);
        var rules = content.DraftReview;
        var shouting = IsShouting(draft ?? string.Empty, rules.Caps);
        var text = DraftText.Parse(shouting ? SentenceCase.Apply(draft!) : draft ?? string.Empty);
        if (text.Tokens.Count == 0)
        {
            return new DraftReview([new DraftFinding("empty", content.Ui.Get(TextKeys.ErrorEmptyDraft, language), null, null)], string.Empty);
        }

        var written = DraftLanguage.Detect(text, language);
        var findings = new List<DraftFinding>();
        if (shouting)
        {
            findings.Add(new DraftFinding(rules.Caps.Id, rules.Caps.Message.Get(language), null, null));
        }

        var tone = ToneMatches(text, rules.Tone, written);
        // One finding per rule, quoting where it first occurs: the same slip ten times is one lesson, not ten.
        findings.AddRange(tone.DistinctBy(t => t.Rule.Id).Select(t => new DraftFinding(t.Rule.Id, t.Rule.Message.Get(language), text.Quote(t.Match), t.Rule.Alternative.Get(written))));
        if (written == Language.Spanish && RegisterMix(text, rules.Register) is { } mix)
        {
            findings.Add(new DraftFinding(rules.Register.Id, rules.Register.Message.Get(language), mix, null));
        }

        var before = new List<string>();
        var after = new List<string>();
        foreach (var rule in rules.Presence.Where(rule => !text.ContainsAny(rule.Expect.Get(written))))
        {
            var insertion = Insertion(rule, content, written, timeOfDay, register, channel);
            findings.Add(new DraftFinding(rule.Id, rule.Message.Get(language), null, insertion));
            (rule.Part == DraftPart.Greeting ? before : after).Add(insertion);
        }

        var replacements = tone.Select(t => (t.Match, t.Rule.Alternative.Get(written))).ToList();
        return new DraftReview(findings, CourteousRewriter.Rewrite(text.Original, replacements, before, after));
    }

    private static bool IsShouting(string draft, CapsRule rule)
    {
        var letters = draft.Count(char.IsLetter);
        return letters >= rule.MinLetters && (double)draft.Count(char.IsUpper) / letters > rule.MaxUppercaseRatio;
    }

    /// <summary>Every expression to avoid, the longest first where two overlap ("no se puede" rather than "no sé").</summary>
    private static List<(ToneRule Rule, DraftMatch Match)> ToneMatches(DraftText text, IReadOnlyList<ToneRule> rules, Language written)
    {
        var candidates = rules
            .SelectMany(rule => text.FindAll(rule.Match.Get(written)).Select(match => (Rule: rule, Match: match)))
            .OrderByDescending(c => c.Match.TokenCount)
            .ThenBy(c => c.Match.FirstToken);
        var chosen = new List<(ToneRule Rule, DraftMatch Match)>();
        foreach (var candidate in candidates)
        {
            if (!chosen.Any(c => c.Match.Overlaps(candidate.Match)))
            {
                chosen.Add(candidate);
            }
        }

        return [.. chosen.OrderBy(c => c.Match.FirstToken)];
    }

    /// <summary>The first usted and tú words when the draft has both, e.g. "usted / te"; null when it keeps to one.</summary>
    private static string? RegisterMix(DraftText text, RegisterRule rule)
    {
        var usted = text.FindAll(rule.UstedMarkers, exact: true).MinBy(m => m.Start);
        var tu = text.FindAll(rule.TuMarkers, exact: true).MinBy(m => m.Start);
        return usted is null || tu is null ? null : $"{text.Quote(usted)} / {text.Quote(tu)}";
    }

    /// <summary>
    /// What the courteous version adds for a missing part: a greeting for the time of day (greeting phrases open a
    /// conversation and do not fit the top of a reply), otherwise the first suggested phrase that fits a written reply.
    /// </summary>
    private static string Insertion(PresenceRule rule, ContentSnapshot content, Language written, TimeOfDay timeOfDay, Register register, Channel channel)
    {
        if (rule.Part == DraftPart.Greeting)
        {
            return content.Ui.Get(DraftGreetingKeys.For(timeOfDay), written);
        }

        // The channel the agent serves on: no "gracias por escribirnos" to someone at the counter.
        var phrase = rule.Suggest.FirstOrDefault(p => p.Fits(timeOfDay) && p.Fits(register) && p.Fits(channel) && (channel == Channel.Chat || !p.Channels.Contains(Channel.Chat)))
            ?? rule.Suggest.FirstOrDefault(p => p.Fits(register))
            ?? (rule.Suggest.Count > 0 ? rule.Suggest[0] : null);
        // The reviewer does not know who writes: a gendered word shows both forms.
        return phrase is null ? string.Empty : GenderedWords.Resolve(phrase.Text.Get(written), AgentGender.Neutral);
    }
}
