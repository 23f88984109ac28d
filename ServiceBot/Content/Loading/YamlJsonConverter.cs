using System.Globalization;
using Newtonsoft.Json.Linq;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ServiceBot.Content.Loading;

/// <summary>
/// Turns a YAML node tree into the JSON tree the schema validator reads, remembering where every value started.
/// Plain scalars follow the YAML core schema (null, true/false, integers, decimals); quoted ones are strings.
/// </summary>
public static class YamlJsonConverter
{
    private const string StringTag = "tag:yaml.org,2002:str";

    public static (JToken Root, SourceMap Map) Convert(YamlNode root)
    {
        var token = ToToken(root);
        var map = new SourceMap();
        Record(root, token, map);
        return (token, map);
    }

    /// <summary>The JSON tree alone, for content that already passed every check (no error will need a position).</summary>
    public static JToken ConvertWithoutPositions(YamlNode root) => ToToken(root);

    private static JToken ToToken(YamlNode node) => node switch
    {
        YamlMappingNode mapping => new JObject(mapping.Children.Select(
            pair => new JProperty(KeyOf(pair.Key), ToToken(pair.Value)))),
        YamlSequenceNode sequence => new JArray(sequence.Children.Select(ToToken)),
        YamlScalarNode scalar => ScalarToken(scalar),
        _ => JValue.CreateNull(),
    };

    private static string KeyOf(YamlNode key) => key is YamlScalarNode { Value: { } value }
        ? value
        : throw new YamlException(key.Start, key.End, "A key must be plain text, not a list or a mapping.");

    private static JValue ScalarToken(YamlScalarNode scalar)
    {
        var value = scalar.Value ?? string.Empty;
        if (scalar.Style != ScalarStyle.Plain || (scalar.Tag.IsGlobal && scalar.Tag.Value == StringTag))
        {
            return new JValue(value);
        }

        return value switch
        {
            "" or "~" or "null" or "Null" or "NULL" => JValue.CreateNull(),
            "true" or "True" or "TRUE" => new JValue(true),
            "false" or "False" or "FALSE" => new JValue(false),
            _ when long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer)
                => new JValue(integer),
            _ when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                && char.IsDigit(value[^1]) => new JValue(number),
            _ => new JValue(value),
        };
    }

    private static void Record(YamlNode node, JToken token, SourceMap map)
    {
        map.Add(token.Path, (int)node.Start.Line, (int)node.Start.Column);
        switch (node, token)
        {
            case (YamlMappingNode mapping, JObject obj):
                foreach (var pair in mapping.Children)
                {
                    var value = obj.Property(KeyOf(pair.Key))!.Value;
                    map.AddKey(value.Path, (int)pair.Key.Start.Line, (int)pair.Key.Start.Column);
                    Record(pair.Value, value, map);
                }

                break;
            case (YamlSequenceNode sequence, JArray array):
                for (var i = 0; i < sequence.Children.Count; i++)
                {
                    Record(sequence.Children[i], array[i], map);
                }

                break;
        }
    }
}
