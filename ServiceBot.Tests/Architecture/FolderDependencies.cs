using System.Text.RegularExpressions;

namespace ServiceBot.Tests.Architecture;

/// <summary>
/// Which top-level folders of ServiceBot/ use which, read from the source as the review did: a file's namespace names
/// its folder, and every <c>ServiceBot.X</c> it mentions (using lines and qualified names) is an edge to folder X.
/// </summary>
internal static partial class FolderDependencies
{
    public static IReadOnlyDictionary<string, HashSet<string>> Read(string sourceFolder)
    {
        var edges = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(sourceFolder, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(sourceFolder, file).Replace('\\', '/');
            if (relative.StartsWith("bin/", StringComparison.Ordinal) || relative.StartsWith("obj/", StringComparison.Ordinal))
            {
                continue;
            }

            var text = File.ReadAllText(file);
            if (Namespace().Match(text) is not { Success: true } declared)
            {
                continue;
            }

            var from = declared.Groups[1].Success ? declared.Groups[1].Value : "(root)";
            foreach (Match used in Mention().Matches(text))
            {
                var to = used.Groups[1].Value;
                if (to != from)
                {
                    (edges.TryGetValue(from, out var targets) ? targets : edges[from] = new HashSet<string>(StringComparer.Ordinal)).Add(to);
                }
            }
        }

        return edges;
    }

    /// <summary>The edges that lie on a cycle: both ends in the same strongly connected component.</summary>
    public static IReadOnlyList<string> EdgesOnCycles(IReadOnlyDictionary<string, HashSet<string>> edges)
    {
        var component = StronglyConnected(edges);
        return [.. edges
            .SelectMany(edge => edge.Value.Select(to => (From: edge.Key, To: to)))
            .Where(edge => component[edge.From] == component[edge.To])
            .Select(edge => $"{edge.From} -> {edge.To}")
            .Order(StringComparer.Ordinal)];
    }

    // Tarjan's algorithm; the folder graph has a few dozen nodes.
    private static Dictionary<string, int> StronglyConnected(IReadOnlyDictionary<string, HashSet<string>> edges)
    {
        var nodes = edges.Keys.Concat(edges.Values.SelectMany(v => v)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var component = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var next = 0;

        void Visit(string node)
        {
            index[node] = low[node] = next++;
            stack.Push(node);
            foreach (var target in edges.TryGetValue(node, out var targets) ? targets : [])
            {
                if (!index.TryGetValue(target, out var targetIndex))
                {
                    Visit(target);
                    low[node] = Math.Min(low[node], low[target]);
                }
                else if (!component.ContainsKey(target))
                {
                    low[node] = Math.Min(low[node], targetIndex);
                }
            }

            if (low[node] == index[node])
            {
                string member;
                do
                {
                    member = stack.Pop();
                    component[member] = index[node];
                }
                while (member != node);
            }
        }

        foreach (var node in nodes.Where(n => !index.ContainsKey(n)))
        {
            Visit(node);
        }

        return component;
    }

    [GeneratedRegex(@"^namespace ServiceBot(?:\.(\w+))?", RegexOptions.Multiline)]
    private static partial Regex Namespace();

    [GeneratedRegex(@"\bServiceBot\.(\w+)\b")]
    private static partial Regex Mention();
}
