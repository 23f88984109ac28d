using System.Runtime.CompilerServices;
using ServiceBot.Content.Model;
using ServiceBot.Dialogs.Understanding;

namespace ServiceBot.Coaching;

/// <summary>
/// The customer's mood from the agent's own words ("está de malas" → upset), by the keywords in dialogs/texts/ui.yaml.
/// </summary>
public static class TemperamentRecognizer
{
    // One matcher per content snapshot: built on first use, dropped with the snapshot after a reload.
    private static readonly ConditionalWeakTable<ContentSnapshot, KeywordMatcher<Temperament>> Matchers = [];

    public static Temperament? Recognize(string? text, ContentSnapshot content) =>
        Matchers.GetValue(content, Build).TryMatch(text, out var temperament) ? temperament : null;

    private static KeywordMatcher<Temperament> Build(ContentSnapshot content) =>
        new(content.Ui.Temperaments.Select(entry => (entry.Key, entry.Value.Es.Concat(entry.Value.En))));
}
