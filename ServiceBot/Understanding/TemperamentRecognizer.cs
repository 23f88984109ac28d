using ServiceBot.Content.Model;

namespace ServiceBot.Understanding;

/// <summary>
/// The customer's mood from the agent's own words ("está de malas" → upset), by the keywords in dialogs/texts/ui.yaml.
/// </summary>
public static class TemperamentRecognizer
{
    private static readonly SnapshotMatcher<Temperament> Moods =
        new(content => content.Ui.Temperaments.Select(entry => (entry.Key, entry.Value.Es.Concat(entry.Value.En))));

    public static Temperament? Recognize(string? text, ContentSnapshot content) =>
        Moods.For(content).TryMatch(text, out var temperament) ? temperament : null;
}
