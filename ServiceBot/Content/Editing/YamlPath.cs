using YamlDotNet.RepresentationModel;

namespace ServiceBot.Content.Editing;

/// <summary>
/// Finds the node at a path of keys in a YAML text: a mapping's key, or in a sequence the item whose <c>id</c> is the
/// segment. The offset is 1 when the text starts with a byte-order mark (node positions do not count it).
/// </summary>
internal static class YamlPath
{
    public static (YamlNode Node, int Offset)? Find(string yaml, IReadOnlyList<string> path)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(path);
        var offset = yaml.StartsWith('\uFEFF') ? 1 : 0;
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml[offset..]));
        if (stream.Documents.Count == 0)
        {
            return null;
        }

        YamlNode node = stream.Documents[0].RootNode;
        foreach (var segment in path)
        {
            YamlNode? next = node switch
            {
                YamlMappingNode mapping => mapping.Children.TryGetValue(new YamlScalarNode(segment), out var child) ? child : null,
                YamlSequenceNode sequence => sequence.Children.OfType<YamlMappingNode>().FirstOrDefault(item =>
                    item.Children.TryGetValue(new YamlScalarNode("id"), out var id) && id is YamlScalarNode { Value: var value } && value == segment),
                _ => null,
            };
            if (next is null)
            {
                return null;
            }

            node = next;
        }

        return (node, offset);
    }
}
