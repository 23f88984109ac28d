using System.Text;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ServiceBot.Content.Editing;

/// <summary>
/// Changes one text in a YAML file and nothing else: comments, order, quoting and every other byte stay as they
/// were. The text is found by a path of mapping keys; a segment also matches the item of a sequence whose
/// <c>id</c> is that segment (<c>phrases / greeting-morning-1 / text / es</c>, <c>steps / angry-hear / do / es</c>).
/// </summary>
public static partial class YamlScalarEditor
{
    /// <summary>Reads the text at <paramref name="path"/>, or null when there is none.</summary>
    public static string? Read(string yaml, IReadOnlyList<string> path) =>
        Find(yaml, path) is { } found ? found.Node.Value : null;

    /// <summary>The file with the text at <paramref name="path"/> replaced by <paramref name="value"/>.</summary>
    /// <exception cref="KeyNotFoundException">There is no text at that path.</exception>
    public static string Replace(string yaml, IReadOnlyList<string> path, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var found = Find(yaml, path) ?? throw new KeyNotFoundException($"There is no text at {string.Join(" / ", path)}.");
        var start = found.Offset + (int)found.Node.Start.Index;
        var end = found.Offset + (int)found.Node.End.Index;
        return string.Concat(yaml.AsSpan(0, start), Quote(value, found.Node.Style), yaml.AsSpan(end));
    }

    /// <summary>A YAML scalar for <paramref name="value"/>: plain when that reads back the same, else double-quoted.</summary>
    public static string Quote(string value, ScalarStyle original = ScalarStyle.Plain)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (original != ScalarStyle.DoubleQuoted && value == value.Trim() && SafePlain().IsMatch(value) && !LooksLikeAnotherType(value))
        {
            return value;
        }

        var builder = new StringBuilder("\"");
        foreach (var c in value)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }

    private static bool LooksLikeAnotherType(string value) =>
        value is "true" or "false" or "null" or "yes" or "no" or "on" or "off" or "~"
        || double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _);

    private static (YamlScalarNode Node, int Offset)? Find(string yaml, IReadOnlyList<string> path) =>
        YamlPath.Find(yaml, path) is (YamlScalarNode scalar, var offset) ? (scalar, offset) : null;

    // Letters (any script), digits, spaces and everyday punctuation that cannot start or break a plain scalar.
    [GeneratedRegex(@"^[\p{L}\p{N}¿¡(][\p{L}\p{N}\p{M} ,.;¿?¡!()'’/%$€+\-–—…]*$")]
    private static partial Regex SafePlain();
}
