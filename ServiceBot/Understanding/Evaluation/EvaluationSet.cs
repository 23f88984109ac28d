using ServiceBot.Content.Loading;
using ServiceBot.Content.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ServiceBot.Understanding.Evaluation;

/// <summary>
/// Reads an evaluation file: a YAML list of utterances with the expected intent.
/// <code>
/// - say: llegó una señora          # what the agent types
///   expect: new-service            # a command id, playbook.angry, mood.upset, channel.phone, answer.yes, answer.number, other
///   at: mood                       # optional: the open question (yes-no, mood, rating, playbook-choice, playbook-step, draft)
///   service: open                  # optional: a service is open (someone arriving is then another customer)
///   moment: farewell               # optional expected values: moment, draft, number
/// </code>
/// A malformed entry is reported as file:line.
/// </summary>
public static class EvaluationSet
{
    public static IReadOnlyList<EvaluationCase> Load(string path)
    {
        using var reader = new StreamReader(path);
        return Parse(reader, path);
    }

    public static IReadOnlyList<EvaluationCase> Parse(TextReader reader, string name)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(reader);
        }
        catch (YamlException ex)
        {
            throw new FormatException($"{name}:{ex.Start.Line}:{ex.Start.Column}: {ex.Message}", ex);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlSequenceNode list)
        {
            throw new FormatException($"{name}:1:1: an evaluation file is a list of utterances ('- say: …')");
        }

        return [.. list.Children.Select(node => Case(node, name))];
    }

    private static EvaluationCase Case(YamlNode node, string name)
    {
        var line = (int)node.Start.Line;
        FormatException Error(string message) => new($"{name}:{line}:{node.Start.Column}: {message}");
        if (node is not YamlMappingNode entry)
        {
            throw Error("each utterance is a mapping with 'say' and 'expect'");
        }

        string? Value(string key) =>
            entry.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode scalar ? scalar.Value : null;

        var say = Value("say") ?? throw Error("'say' is missing");
        var expected = Value("expect") is { } text && Intent.TryParse(text, out var intent) ? intent : throw Error($"'expect' is missing or not an intent: '{Value("expect")}'");
        var prompt = Value("at") is { } at ? ParseEnum<PromptKind>(at) ?? throw Error($"unknown question '{at}'") : PromptKind.None;
        var open = Value("service") switch
        {
            null or "closed" => false,
            "open" => true,
            var other => throw Error($"'service' is open or closed, not '{other}'"),
        };
        return new EvaluationCase(line, say, expected)
        {
            Context = new UnderstandingContext(prompt, open),
            Moment = Value("moment") is { } moment ? ParseEnum<Moment>(moment) ?? throw Error($"unknown moment '{moment}'") : null,
            Draft = Value("draft"),
            Number = Value("number") is { } number ? int.TryParse(number, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : throw Error($"'{number}' is not a number") : null,
        };
    }

    private static T? ParseEnum<T>(string text)
        where T : struct, Enum
    {
        try
        {
            return ContentNames.Parse<T>(text);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
