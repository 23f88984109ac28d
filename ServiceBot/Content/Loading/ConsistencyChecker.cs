using System.Globalization;
using Newtonsoft.Json.Linq;
using ServiceBot.Content.Model;

namespace ServiceBot.Content.Loading;

/// <summary>Rules a JSON Schema cannot express: method order in playbooks, complete scales, ordered settings.</summary>
public static class ConsistencyChecker
{
    private static readonly string[] DayParts = ["morning", "afternoon", "evening"];

    public static void Check(IEnumerable<ContentDocument> documents, List<ContentError> errors)
    {
        foreach (var document in documents)
        {
            switch (document.Kind)
            {
                case ContentKind.Playbook:
                    CheckPlaybook(document, errors);
                    break;
                case ContentKind.Survey:
                    CheckScale(document, document.Root.Get("rating").Get("scale"), errors);
                    CheckScale(document, document.Root.Get("effort").Get("scale"), errors);
                    CheckFixedScale(document, document.Root.Get("rating").Get("scale"), SurveyScales.Satisfaction, "the satisfaction rating (CSAT counts 4 and 5)", errors);
                    CheckFixedScale(document, document.Root.Get("effort").Get("scale"), SurveyScales.Effort, "the effort question (CES: 1 strongly disagree, 7 strongly agree)", errors);
                    break;
                case ContentKind.Settings:
                    CheckSettings(document, errors);
                    break;
                case ContentKind.Protocol:
                    CheckUnique(document, document.Root.Items("steps").Select(step => step.Get("order")), "order", errors);
                    break;
            }
        }
    }

    private static void CheckPlaybook(ContentDocument document, List<ContentError> errors)
    {
        if (!Enum.TryParse<PlaybookMethod>(document.Root.Str("method"), ignoreCase: true, out var method))
        {
            return;
        }

        var letters = PlaybookMethods.StepsOf(method);
        var seen = new HashSet<MethodStep>();
        var last = -1;
        foreach (var step in document.Root.Items("steps"))
        {
            if (step.Get("methodStep") is not { } token || !Enum.TryParse<MethodStep>(token.Str(), true, out var letter))
            {
                continue;
            }

            var index = IndexOf(letters, letter);
            var name = Names(method);
            if (index < 0)
            {
                errors.Add(document.ErrorAt(token, $"'{token}' is not a step of {method.ToString().ToUpperInvariant()} ({name})"));
                continue;
            }

            if (index < last)
            {
                errors.Add(document.ErrorAt(token, $"'{token}' comes too late: {method.ToString().ToUpperInvariant()} goes {name}"));
            }

            last = Math.Max(last, index);
            seen.Add(letter);
        }

        var missing = letters.Where(letter => !seen.Contains(letter)).Select(Name).ToList();
        if (missing.Count > 0 && document.Root.Get("steps") is { } steps)
        {
            errors.Add(document.ErrorAt(steps, $"no step for {string.Join(", ", missing)} of {method.ToString().ToUpperInvariant()}"));
        }
    }

    private static void CheckScale(ContentDocument document, JToken? scale, List<ContentError> errors)
    {
        if (scale?.Int("min") is not { } min || scale.Int("max") is not { } max)
        {
            return;
        }

        if (min >= max)
        {
            errors.Add(document.ErrorAt(scale.Get("max")!, $"max ({max}) must be greater than min ({min})"));
            return;
        }

        var labelled = new HashSet<int>();
        foreach (var label in scale.Items("labels"))
        {
            if (label.Int("value") is not { } value)
            {
                continue;
            }

            if (value < min || value > max)
            {
                errors.Add(document.ErrorAt(label.Get("value")!, $"value {value} is outside the scale {min}–{max}"));
            }
            else if (!labelled.Add(value))
            {
                errors.Add(document.ErrorAt(label.Get("value")!, $"value {value} is labelled twice"));
            }
        }

        var unlabelled = Enumerable.Range(min, max - min + 1).Where(value => !labelled.Contains(value)).ToList();
        if (unlabelled.Count > 0 && scale.Get("labels") is { } labels)
        {
            errors.Add(document.ErrorAt(labels, $"no label for {string.Join(", ", unlabelled)}"));
        }
    }

    /// <summary>The stored answers are 1–5 and 1–7: a scale the database would refuse is a content error, not a lost answer.</summary>
    private static void CheckFixedScale(ContentDocument document, JToken? scale, (int Min, int Max) expected, string what, List<ContentError> errors)
    {
        foreach (var (name, value) in new[] { ("min", expected.Min), ("max", expected.Max) })
        {
            if (scale.Get(name) is { } token && scale.Int(name) is { } actual && actual != value)
            {
                errors.Add(document.ErrorAt(token, $"{name} of {what} must be {value}: answers are stored on a {expected.Min}–{expected.Max} scale"));
            }
        }
    }

    private static void CheckSettings(ContentDocument document, List<ContentError> errors)
    {
        var minutes = document.Root.Items("waitingReminderMinutes").ToList();
        for (var i = 1; i < minutes.Count; i++)
        {
            if (minutes[i].Type == JTokenType.Integer && minutes[i - 1].Type == JTokenType.Integer
                && (long)minutes[i] <= (long)minutes[i - 1])
            {
                errors.Add(document.ErrorAt(minutes[i], "reminder minutes must increase"));
            }
        }

        var parts = document.Root.Get("dayParts");
        var times = DayParts
            .Select(name => (Name: name, Token: parts.Get(name), Time: ParseTime(parts.Str(name))))
            .ToList();
        for (var i = 1; i < times.Count; i++)
        {
            if (times[i].Time is { } time && times[i - 1].Time is { } before && time <= before)
            {
                errors.Add(document.ErrorAt(times[i].Token!, $"{times[i].Name} must start after {times[i - 1].Name}"));
            }
        }
    }

    private static void CheckUnique(ContentDocument document, IEnumerable<JToken?> values, string what, List<ContentError> errors)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in values.OfType<JToken>().Where(value => value is JValue))
        {
            if (!seen.Add(value.ToString()))
            {
                errors.Add(document.ErrorAt(value, $"{what} {value} is used twice"));
            }
        }
    }

    public static TimeOnly? ParseTime(string? text) =>
        TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null;

    private static int IndexOf(IReadOnlyList<MethodStep> letters, MethodStep letter)
    {
        for (var i = 0; i < letters.Count; i++)
        {
            if (letters[i] == letter)
            {
                return i;
            }
        }

        return -1;
    }

    private static string Names(PlaybookMethod method) => string.Join(" → ", PlaybookMethods.StepsOf(method).Select(Name));

    private static string Name(MethodStep letter) => letter.ToString().ToLowerInvariant();
}
