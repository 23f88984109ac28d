namespace ServiceBot.Understanding;

/// <summary>
/// A request to review a draft with the draft in the same message: request words before a colon or a line break
/// ("revisa este mensaje: …", "check my reply:\n…", or request words and more before the colon: "checa si está bien: …"),
/// or known request words directly before it ("revisar hola, …"), or a question the classifier reads as a review request
/// before a question mark ("¿está bien redactado? Estimado cliente, …").
/// The draft is what follows, exactly as typed (its capitals count).
/// </summary>
public static class DraftRequestReader
{
    private const int MaxRequestWords = 10;

    private const float RequestConfidence = 0.4f;

    private static readonly char[] Separators = [':', '\n'];

    private static readonly KeywordMatcher<bool> Fillers = new([(true, ["por favor", "porfa", "porfis", "please", "pls", "gracias", "thanks", "plis"])]);

    public static (string Request, string Draft)? Read(string? text, UnderstandingModel model)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        var separator = trimmed.IndexOfAny(Separators);
        if (separator > 0)
        {
            var request = trimmed[..separator];
            var draft = trimmed[(separator + 1)..].Trim();
            // "checa si está bien: …": a known request word opens words before the colon, which all belong to the request.
            if (draft.Length > 0 && (IsRequest(request, model) || Leading(request, model) is not null))
            {
                return (request, draft);
            }
        }

        var leading = Leading(trimmed, model);
        return leading is { } lead && !EndsInAQuestionMark(lead.Draft) ? lead : AfterAQuestion(trimmed, model) ?? leading;
    }

    /// <summary>
    /// "¿está bien redactado esto? Le informo…": the known request stopped one word short of the question mark, so the
    /// word and the mark still belong to the request, not to the draft.
    /// </summary>
    private static bool EndsInAQuestionMark(string draft)
    {
        var mark = draft.IndexOf('?', StringComparison.Ordinal);
        return mark > 0 && !draft[..mark].Contains('¿', StringComparison.Ordinal) && TextNormalizer.Words(draft[..mark]).Length <= 1;
    }

    /// <summary>
    /// "¿se oye bien? Le confirmo su cita": a review request asked as a question, then the draft. Only the first question
    /// mark counts, and only when the words before it are a request by themselves (a draft's own question has words before it).
    /// </summary>
    private static (string Request, string Draft)? AfterAQuestion(string text, UnderstandingModel model)
    {
        var mark = text.IndexOf('?', StringComparison.Ordinal);
        if (mark <= 0)
        {
            return null;
        }

        var request = text[..mark];
        var draft = text[(mark + 1)..].Trim();
        var opening = request.LastIndexOf('¿');
        return draft.Length > 0 && opening <= 0 && !Fillers.TryMatchExactly(draft, out _) && IsRequest(request.TrimStart('¿'), model)
            ? (request, draft)
            : null;
    }

    private static bool IsRequest(string request, UnderstandingModel model)
    {
        var words = TextNormalizer.Words(request);
        if (words.Length is 0 or > MaxRequestWords)
        {
            return false;
        }

        if (model.ReviewLeads.TryMatchExactly(request, out _))
        {
            return true;
        }

        var best = model.Classifier.Rank(string.Join(' ', words))[0];
        return best.Intent.IsCommand(UnderstandingModel.ReviewCommand) && best.Probability >= RequestConfidence;
    }

    /// <summary>The longest known request (keyword or example) at the start, followed by more than a "please".</summary>
    private static (string Request, string Draft)? Leading(string text, UnderstandingModel model)
    {
        var ends = WordEnds(text, MaxRequestWords);
        for (var count = ends.Count - 1; count >= 1; count--)
        {
            var request = text[..ends[count - 1]];
            var draft = text[ends[count - 1]..].TrimStart(' ', ',', '-', '\t', '\r', '\n').Trim();
            if (draft.Length > 0 && !Fillers.TryMatchExactly(draft, out _) && model.ReviewLeads.TryMatchExactly(request, out _))
            {
                return (request, draft);
            }
        }

        return null;
    }

    /// <summary>Where each of the first words of the text ends (up to <paramref name="max"/> plus one).</summary>
    private static List<int> WordEnds(string text, int max)
    {
        var ends = new List<int>();
        var i = 0;
        while (i < text.Length && ends.Count <= max)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i == text.Length)
            {
                break;
            }

            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            ends.Add(i);
        }

        return ends;
    }
}
