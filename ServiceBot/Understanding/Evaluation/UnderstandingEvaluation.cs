using System.Globalization;
using System.Text;
using ServiceBot.Content.Model;

namespace ServiceBot.Understanding.Evaluation;

/// <summary>
/// Runs an evaluation set through the recogniser and reports accuracy per intent and the confusions. An utterance
/// counts as understood when the bot acts on the expected intent with the expected values; an utterance expected
/// as <c>other</c> counts when the bot does not act on it (menu or a question back).
/// </summary>
public sealed class UnderstandingEvaluation
{
    public const double RequiredOverall = 0.95;

    public const double RequiredPerIntent = 0.85;

    private UnderstandingEvaluation(IReadOnlyList<EvaluationOutcome> outcomes) => Outcomes = outcomes;

    public IReadOnlyList<EvaluationOutcome> Outcomes { get; }

    public double Accuracy => Outcomes.Count == 0 ? 0 : (double)Outcomes.Count(o => o.Correct) / Outcomes.Count;

    public IReadOnlyList<(string Intent, int Count, int Correct)> PerIntent =>
        [.. Outcomes.GroupBy(o => o.Case.Expected.ToString())
            .Select(group => (group.Key, group.Count(), group.Count(o => o.Correct)))
            .OrderBy(row => row.Key, StringComparer.Ordinal)];

    /// <summary>Acted on something other than what was expected: the costly mistakes.</summary>
    public int WrongActions => Outcomes.Count(o => !o.Correct && o.Understood.Decision == UnderstandingDecision.Act);

    public bool Passes => Accuracy >= RequiredOverall && PerIntent.All(row => (double)row.Correct / row.Count >= RequiredPerIntent);

    public static UnderstandingEvaluation Run(IEnumerable<EvaluationCase> cases, ContentSnapshot content) =>
        Run(cases, UnderstandingModels.For(content));

    public static UnderstandingEvaluation Run(IEnumerable<EvaluationCase> cases, UnderstandingModel model) =>
        new([.. cases.Select(@case =>
        {
            var understood = Understander.Understand(@case.Say, @case.Context, model);
            return new EvaluationOutcome(@case, understood, IsCorrect(@case, understood));
        })]);

    private static bool IsCorrect(EvaluationCase @case, Understood understood)
    {
        if (@case.Expected.Kind == IntentKind.Other)
        {
            return understood.Decision != UnderstandingDecision.Act || understood.Intent.Kind == IntentKind.Other;
        }

        return understood.Decision == UnderstandingDecision.Act
            && understood.Intent == @case.Expected
            && (@case.Moment is null || understood.Moment == @case.Moment)
            && (@case.Draft is null || string.Equals(understood.Draft, @case.Draft, StringComparison.Ordinal))
            && (@case.Number is null || understood.Number == @case.Number);
    }

    /// <summary>The confusion report: per intent, the confusions (expected → got) and every miss with its line.</summary>
    public string Format(string name)
    {
        var report = new StringBuilder();
        void Line(string text) => report.Append(text).Append('\n');
        var culture = CultureInfo.InvariantCulture;
        Line(string.Create(culture, $"Understanding of {name}: {Outcomes.Count(o => o.Correct)} of {Outcomes.Count} ({Accuracy:P1}); acted wrongly on {WrongActions}; the expected action offered in a clarification for {Outcomes.Count(o => o.Offered)} more"));
        Line(string.Empty);
        Line($"{"intent",-28} {"n",4} {"ok",4} {"accuracy",9}");
        foreach (var (intent, count, correct) in PerIntent)
        {
            var accuracy = (double)correct / count;
            var flag = accuracy < RequiredPerIntent ? "  < required" : string.Empty;
            Line(string.Create(culture, $"{intent,-28} {count,4} {correct,4} {accuracy,9:P1}{flag}"));
        }

        var confusions = Outcomes.Where(o => !o.Correct)
            .GroupBy(o => (Expected: o.Case.Expected.ToString(), Got: Short(o)))
            .OrderByDescending(group => group.Count()).ThenBy(group => group.Key.Expected, StringComparer.Ordinal)
            .ToList();
        if (confusions.Count > 0)
        {
            Line(string.Empty);
            Line("confusions (expected → understood):");
            foreach (var group in confusions)
            {
                Line($"  {group.Count(),3}  {group.Key.Expected} → {group.Key.Got}");
            }

            Line(string.Empty);
            Line("misses:");
            foreach (var outcome in Outcomes.Where(o => !o.Correct))
            {
                var at = outcome.Case.Context.Prompt == PromptKind.None ? string.Empty : $" [at {outcome.Case.Context.Prompt}]";
                Line(string.Create(culture, $"  {name}:{outcome.Case.Line}: \"{outcome.Case.Say}\"{at} expected {outcome.Case.Expected}, got {outcome.Got} ({outcome.Understood.Confidence:0.00}{Values(outcome.Understood)})"));
            }
        }

        return report.ToString();
    }

    private static string Short(EvaluationOutcome outcome) =>
        outcome.Understood.Decision switch
        {
            UnderstandingDecision.Act => outcome.Understood.Intent.ToString() + (outcome.Understood.Intent == outcome.Case.Expected ? " (wrong value)" : string.Empty),
            UnderstandingDecision.Clarify => "clarify",
            _ => "not understood",
        };

    private static string Values(Understood understood) =>
        (understood.Moment is { } moment ? $", moment {moment}" : string.Empty)
        + (understood.Draft is { } draft && understood.Decision == UnderstandingDecision.Act ? $", draft \"{draft}\"" : string.Empty)
        + (understood.Number is { } number ? $", number {number}" : string.Empty);
}
