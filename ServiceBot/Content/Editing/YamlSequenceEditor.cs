using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace ServiceBot.Content.Editing;

/// <summary>
/// Adds one item at the end of a YAML sequence and changes nothing else: comments, order, quoting and every other
/// byte stay. The sequence is found like <see cref="YamlScalarEditor"/> finds a text (<c>commands / help / es</c>); a
/// block sequence gets a new line indented like its last item, a flow sequence (<c>[a, b]</c>) a new last element.
/// </summary>
public static class YamlSequenceEditor
{
    /// <summary>True when there is a sequence at <paramref name="path"/>.</summary>
    public static bool Has(string yaml, IReadOnlyList<string> path) => Find(yaml, path) is not null;

    /// <summary>The items of the sequence at <paramref name="path"/> that are texts; null when there is no sequence.</summary>
    public static IReadOnlyList<string>? Items(string yaml, IReadOnlyList<string> path) =>
        Find(yaml, path) is { } found ? [.. found.Node.Children.OfType<YamlScalarNode>().Select(item => item.Value ?? string.Empty)] : null;

    /// <exception cref="KeyNotFoundException">There is no sequence at that path.</exception>
    public static string Append(string yaml, IReadOnlyList<string> path, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var (sequence, offset) = Find(yaml, path) ?? throw new KeyNotFoundException($"There is no list at {string.Join(" / ", path)}.");
        if (sequence.Style == SequenceStyle.Flow)
        {
            // The representation model's marks of a flow sequence are unreliable: find its ']' from the last item.
            var from = sequence.Children.Count > 0 ? offset + (int)sequence.Children[^1].End.Index : yaml.IndexOf('[', offset + (int)sequence.Start.Index);
            var close = from < 0 ? -1 : yaml.IndexOf(']', from);
            if (close < 0)
            {
                throw new KeyNotFoundException($"The list at {string.Join(" / ", path)} could not be read: edit it in the YAML view.");
            }

            var item = FlowSafe(value);
            var separator = sequence.Children.Count == 0 ? string.Empty : ", ";
            return string.Concat(yaml.AsSpan(0, close), separator, item, yaml.AsSpan(close));
        }

        if (sequence.Children.Count == 0)
        {
            throw new KeyNotFoundException($"The list at {string.Join(" / ", path)} is empty: add the first item in the YAML view.");
        }

        var last = sequence.Children[^1];
        var itemStart = offset + (int)last.Start.Index;
        var lineStart = yaml.LastIndexOf('\n', Math.Max(itemStart - 1, 0)) + 1;
        var prefix = yaml[lineStart..itemStart];
        var lineEnd = yaml.IndexOf('\n', offset + (int)last.End.Index);
        var insertAt = lineEnd < 0 ? yaml.Length : lineEnd;
        var newline = insertAt > 0 && insertAt < yaml.Length && yaml[insertAt - 1] == '\r' ? "\r\n" : "\n";
        if (newline == "\r\n")
        {
            insertAt--;
        }

        return string.Concat(yaml[..insertAt], newline, prefix, YamlScalarEditor.Quote(value)) + yaml[insertAt..];
    }

    // In a flow sequence a comma or bracket would end the item: quote such text.
    private static string FlowSafe(string value) =>
        value.IndexOfAny([',', '[', ']', '{', '}']) >= 0 ? YamlScalarEditor.Quote(value, ScalarStyle.DoubleQuoted) : YamlScalarEditor.Quote(value);

    private static (YamlSequenceNode Node, int Offset)? Find(string yaml, IReadOnlyList<string> path) =>
        YamlPath.Find(yaml, path) is (YamlSequenceNode sequence, var offset) ? (sequence, offset) : null;
}
