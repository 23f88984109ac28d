using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ServiceBot.LoadTest.Script;

/// <summary>
/// Reads a load script from YAML (Scripts/README.md describes the format), reporting every mistake with its file,
/// line and column rather than the first exception.
/// </summary>
internal static class LoadScriptLoader
{
    private static readonly string[] TurnKeys = ["event", "say", "sayOneOf", "tap", "action", "data", "expectReply"];
    private static readonly string[] ScriptKeys = ["name", "description", "locale", "timeZone", "turns"];
    private static readonly string[] TurnKinds = ["event", "say", "sayOneOf", "tap"];
    private static readonly string[] ActionTypes = ["Action.Submit", "Action.Execute"];

    public static LoadScript Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new LoadScriptException([$"{path}: no such load script (shipped: {string.Join(", ", Shipped())})."]);
        }

        return Parse(File.ReadAllText(path), path);
    }

    public static LoadScript Parse(string yaml, string file)
    {
        var problems = new List<string>();
        var stream = new YamlStream();
        try
        {
            using var reader = new StringReader(yaml);
            stream.Load(reader);
        }
        catch (YamlException e)
        {
            throw new LoadScriptException([$"{file}:{e.Start.Line}:{e.Start.Column}: {e.Message}"]);
        }

        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new LoadScriptException([$"{file}:1:1: a load script is one YAML mapping with name, locale, timeZone and turns."]);
        }

        void Problem(YamlNode node, string message) => problems.Add($"{file}:{node.Start.Line}:{node.Start.Column}: {message}");

        CheckKeys(root, ScriptKeys, "script", Problem);
        var name = Scalar(root, "name") ?? Path.GetFileNameWithoutExtension(file);
        var locale = Scalar(root, "locale") ?? "es-MX";
        var timeZone = Scalar(root, "timeZone") ?? "America/Mexico_City";
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out _))
        {
            Problem(Child(root, "timeZone") ?? root, $"timeZone '{timeZone}' is not a time zone this machine knows (an IANA id such as America/Mexico_City).");
        }

        var turns = new List<ScriptTurn>();
        if (Child(root, "turns") is not YamlSequenceNode turnNodes || turnNodes.Children.Count == 0)
        {
            Problem(Child(root, "turns") ?? root, "turns must be a list of at least one turn.");
        }
        else
        {
            foreach (var node in turnNodes)
            {
                if (node is YamlMappingNode turn)
                {
                    if (ReadTurn(turn, Problem) is { } read)
                    {
                        turns.Add(read);
                    }
                }
                else
                {
                    Problem(node, "a turn is a mapping with one of event, say, sayOneOf or tap.");
                }
            }
        }

        return problems.Count == 0
            ? new LoadScript(name, Scalar(root, "description") ?? string.Empty, locale, timeZone, turns)
            : throw new LoadScriptException(problems);
    }

    private static ScriptTurn? ReadTurn(YamlMappingNode turn, Action<YamlNode, string> problem)
    {
        CheckKeys(turn, TurnKeys, "turn", problem);
        var kinds = TurnKinds.Where(k => Child(turn, k) is not null).ToArray();
        if (kinds.Length != 1)
        {
            problem(turn, kinds.Length == 0
                ? "a turn needs one of event, say, sayOneOf or tap."
                : $"a turn has one of event, say, sayOneOf or tap, not {string.Join(" and ", kinds)}.");
            return null;
        }

        var line = (int)turn.Start.Line;
        var expectReply = Scalar(turn, "expectReply") is not { } expect || !string.Equals(expect, "false", StringComparison.OrdinalIgnoreCase);
        var data = ReadData(turn, problem);
        var action = Scalar(turn, "action");
        if (action is not null && !ActionTypes.Contains(action, StringComparer.Ordinal))
        {
            problem(Child(turn, "action")!, $"action '{action}' is not {string.Join(" or ", ActionTypes)}.");
        }

        if (kinds[0] != "tap" && (action is not null || data.Count > 0))
        {
            problem(turn, "action and data belong to a tap.");
        }

        switch (kinds[0])
        {
            case "event":
                var name = Scalar(turn, "event");
                if (name is not (ScriptTurn.ConversationUpdate or ScriptTurn.InstallationUpdate))
                {
                    problem(Child(turn, "event")!, $"event '{name}' is not {ScriptTurn.ConversationUpdate} or {ScriptTurn.InstallationUpdate}.");
                    return null;
                }

                return new ScriptTurn(line, ScriptTurnKind.Event) { Event = name, ExpectReply = expectReply };
            case "say":
                return Scalar(turn, "say") is { Length: > 0 } text
                    ? new ScriptTurn(line, ScriptTurnKind.Say) { Texts = [text], ExpectReply = expectReply }
                    : Fail(Child(turn, "say")!, "say needs the sentence the agent types.");
            case "sayOneOf":
                var texts = Child(turn, "sayOneOf") is YamlSequenceNode list
                    ? list.Children.OfType<YamlScalarNode>().Select(s => s.Value).OfType<string>().Where(s => s.Length > 0).ToList()
                    : [];
                return texts.Count > 0 && texts.Count == ((YamlSequenceNode)Child(turn, "sayOneOf")!).Children.Count
                    ? new ScriptTurn(line, ScriptTurnKind.Say) { Texts = texts, ExpectReply = expectReply }
                    : Fail(Child(turn, "sayOneOf")!, "sayOneOf needs a list of sentences, none of them empty.");
            default:
                return Scalar(turn, "tap") is { Length: > 0 } verb
                    ? new ScriptTurn(line, ScriptTurnKind.Tap)
                    {
                        Button = new ButtonChoice(verb == ButtonChoice.First ? null : verb, action),
                        Data = data,
                        ExpectReply = expectReply,
                    }
                    : Fail(Child(turn, "tap")!, "tap needs 'first' or a button's verb.");
        }

        ScriptTurn? Fail(YamlNode node, string message)
        {
            problem(node, message);
            return null;
        }
    }

    private static Dictionary<string, string> ReadData(YamlMappingNode turn, Action<YamlNode, string> problem)
    {
        var data = new Dictionary<string, string>(StringComparer.Ordinal);
        switch (Child(turn, "data"))
        {
            case null:
                break;
            case YamlMappingNode mapping:
                foreach (var (key, value) in mapping.Children)
                {
                    if (key is YamlScalarNode { Value: { } name } && value is YamlScalarNode { Value: { } text })
                    {
                        data[name] = text;
                    }
                    else
                    {
                        problem(key, "data maps input names to text values.");
                    }
                }

                break;
            case var other:
                problem(other, "data maps input names to text values.");
                break;
        }

        return data;
    }

    private static void CheckKeys(YamlMappingNode node, string[] known, string what, Action<YamlNode, string> problem)
    {
        foreach (var key in node.Children.Keys)
        {
            if (key is not YamlScalarNode { Value: { } name } || !known.Contains(name, StringComparer.Ordinal))
            {
                problem(key, $"unknown {what} key '{key}' (known: {string.Join(", ", known)}).");
            }
        }
    }

    private static YamlNode? Child(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child : null;

    private static string? Scalar(YamlMappingNode node, string key) => (Child(node, key) as YamlScalarNode)?.Value;

    private static IEnumerable<string> Shipped() =>
        Directory.Exists(LoadScript.Folder)
            ? Directory.EnumerateFiles(LoadScript.Folder, "*.yaml").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal)
            : [];
}
