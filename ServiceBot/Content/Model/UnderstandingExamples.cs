namespace ServiceBot.Content.Model;

/// <summary>
/// How agents say things, from dialogs/understanding/: example utterances per intent (what the classifier learns
/// from) and the words that pick out the moment of the phrases asked for.
/// </summary>
public sealed record UnderstandingExamples(
    IReadOnlyDictionary<string, LocalizedKeywords> Commands,
    LocalizedKeywords Arrival,
    IReadOnlyDictionary<string, LocalizedKeywords> Playbooks,
    IReadOnlyDictionary<Temperament, LocalizedKeywords> Moods,
    IReadOnlyDictionary<Channel, LocalizedKeywords> Channels,
    IReadOnlyDictionary<PromptAnswer, LocalizedKeywords> Answers,
    IReadOnlyDictionary<Moment, LocalizedKeywords> Moments,
    LocalizedKeywords Drafts,
    LocalizedKeywords Other)
{
    public static LocalizedKeywords None { get; } = new([], []);
}
