using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using ServiceBot.Content.Model;

namespace ServiceBot.Understanding;

/// <summary>
/// A rating typed in answer to a survey question, on the question's scale: digits or words with the words around
/// them ("le pongo un 4", "cinco estrellas", "4 points", "4 de 5", "4/5"), or one of the scale's own labels
/// ("excelente", "muy mala"). A fraction ("4.5"), a number off the scale or two different numbers is no answer:
/// the caller asks again.
/// </summary>
public static partial class RatingRecognizer
{
    public static int? Recognize(string? text, SurveyScale scale)
    {
        if (string.IsNullOrWhiteSpace(text) || FractionRegex().IsMatch(text))
        {
            return null;
        }

        var cleaned = WithoutTheScale(text, scale);
        if (NumberRecognizer.Recognize(cleaned) is { } number)
        {
            return number >= scale.Min && number <= scale.Max ? number : null;
        }

        return ByLabel(cleaned, scale);
    }

    /// <summary>Removes the scale itself from the answer: "del 1 al 5", "4 de 5", "4/5", "out of 5", "dos de cinco", "two out of five".</summary>
    private static string WithoutTheScale(string text, SurveyScale scale)
    {
        bool Is(Group group, int value) => NumberRecognizer.Recognize(group.Value) == value;
        var cleaned = RangeRegex().Replace(text, match =>
            Is(match.Groups["from"], scale.Min) && Is(match.Groups["to"], scale.Max) ? " " : match.Value);
        return OutOfRegex().Replace(cleaned, match => Is(match.Groups["max"], scale.Max) ? " " : match.Value);
    }

    private static int? ByLabel(string text, SurveyScale scale)
    {
        var words = TextNormalizer.Words(text);
        if (words.Contains("no") || words.Contains("not"))
        {
            return null;
        }

        foreach (var (value, labelWords) in LabelWords.GetValue(scale, NormalizedLabels))
        {
            if (FuzzyMatch.ContainsPhrase(words, labelWords))
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>
    /// A scale's labels as words, normalised once per content snapshot's scale: the route table asks whether every
    /// typed message is a rating.
    /// </summary>
    private static readonly ConditionalWeakTable<SurveyScale, (int Value, string[] Words)[]> LabelWords = new();

    // Longest label first, so "muy mala" is not read as "mala".
    private static (int Value, string[] Words)[] NormalizedLabels(SurveyScale scale) =>
        [.. scale.Labels.SelectMany(label => new[] { (label.Value, label.Label.Es), (label.Value, label.Label.En) })
            .OrderByDescending(label => label.Item2.Length)
            .Select(label => (label.Value, TextNormalizer.Words(label.Item2)))];

    [GeneratedRegex(@"\d+\s*[.,]\s*\d+")]
    private static partial Regex FractionRegex();

    [GeneratedRegex(@"\b(?:del?|from|entre)\s+(?<from>\d+|\p{L}+)\s+(?:al?|to|y|and)\s+(?<to>\d+|\p{L}+)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RangeRegex();

    [GeneratedRegex(@"(?:\b(?:de|sobre|of|out\s+of)\s+|/\s*)(?<max>\d+|\p{L}+)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OutOfRegex();
}
