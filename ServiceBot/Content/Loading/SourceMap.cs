using Newtonsoft.Json.Linq;

namespace ServiceBot.Content.Loading;

/// <summary>Where each value of a converted YAML document started in the file, keyed by its JSON path.</summary>
public sealed class SourceMap
{
    /// <summary>No positions (every lookup answers line 1): for content that passed every check already.</summary>
    public static SourceMap None { get; } = new();

    private readonly Dictionary<string, (int Line, int Column)> marks = new(StringComparer.Ordinal);

    private readonly Dictionary<string, (int Line, int Column)> keys = new(StringComparer.Ordinal);

    internal void Add(string path, int line, int column) => marks[path] = (line, column);

    internal void AddKey(string path, int line, int column) => keys[path] = (line, column);

    /// <summary>Where the key of the property at <paramref name="path"/> is written (an unknown property is reported there).</summary>
    public (int Line, int Column) LocateKey(string path)
    {
        var trimmed = path.StartsWith("#/", StringComparison.Ordinal) ? path[2..] : path.TrimStart('#');
        return keys.TryGetValue(trimmed, out var mark) ? mark : Locate(path);
    }

    public (int Line, int Column) Locate(JToken token) => Locate(token.Path);

    /// <summary>
    /// The position of the value at <paramref name="path"/>, or of its nearest existing parent when the value is
    /// missing (a required property that is absent is reported where its object starts).
    /// </summary>
    public (int Line, int Column) Locate(string path)
    {
        var current = path.StartsWith("#/", StringComparison.Ordinal) ? path[2..] : path.TrimStart('#');
        while (true)
        {
            if (marks.TryGetValue(current, out var mark))
            {
                return mark;
            }

            if (current.Length == 0)
            {
                return (1, 1);
            }

            var cut = Math.Max(current.LastIndexOf('.'), current.LastIndexOf('['));
            current = cut <= 0 ? string.Empty : current[..cut];
        }
    }
}
