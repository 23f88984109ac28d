using ServiceBot.Content.Model;

namespace ServiceBot.Understanding;

/// <summary>
/// Yes, no or doubt in the agent's words, by the answers in dialogs/understanding/ ("sí", "simón", "sale", "nel",
/// "para nada", "ok go ahead"…). A short answer mixing both ("claro que no") is not guessed at, and doubt ("no sé",
/// "not sure", "quizás") is doubt even when it contains a yes or a no: the caller asks again. Longer sentences are
/// left to the classifier.
/// </summary>
public sealed class YesNoRecognizer
{
    private const int MaxWordsOfAShortAnswer = 5;

    private readonly KeywordMatcher<PromptAnswer> _exact;
    private readonly KeywordMatcher<PromptAnswer> _unsure;
    private readonly KeywordMatcher<PromptAnswer> _yes;
    private readonly KeywordMatcher<PromptAnswer> _no;

    public YesNoRecognizer(IReadOnlyDictionary<PromptAnswer, LocalizedKeywords> answers)
    {
        IEnumerable<string> Words(PromptAnswer answer) =>
            answers.TryGetValue(answer, out var words) ? words.Es.Concat(words.En) : [];

        _exact = new([(PromptAnswer.Unsure, Words(PromptAnswer.Unsure)), (PromptAnswer.No, Words(PromptAnswer.No)), (PromptAnswer.Yes, Words(PromptAnswer.Yes))]);
        _unsure = new([(PromptAnswer.Unsure, Words(PromptAnswer.Unsure))]);
        _yes = new([(PromptAnswer.Yes, Words(PromptAnswer.Yes))]);
        _no = new([(PromptAnswer.No, Words(PromptAnswer.No))]);
    }

    /// <summary>Yes, No or Unsure; null when the text is not a short answer, or says yes and no at once.</summary>
    public PromptAnswer? Read(string? text)
    {
        if (_exact.TryMatchExactly(text, out var answer))
        {
            return answer;
        }

        if (TextNormalizer.Words(text).Length > MaxWordsOfAShortAnswer)
        {
            return null;
        }

        if (_unsure.TryMatch(text, out _))
        {
            return PromptAnswer.Unsure;
        }

        var yes = _yes.TryMatch(text, out _);
        var no = _no.TryMatch(text, out _);
        return yes == no ? null : yes ? PromptAnswer.Yes : PromptAnswer.No;
    }

    /// <summary>True for yes, false for no, null for doubt or anything else.</summary>
    public bool? Recognize(string? text) => Read(text) switch
    {
        PromptAnswer.Yes => true,
        PromptAnswer.No => false,
        _ => null,
    };
}
