using Newtonsoft.Json.Linq;

namespace ServiceBot.Content.Loading;

/// <summary>
/// A JSON tree as the YAML converter builds it (objects, arrays, strings, integers, decimals, booleans, nulls) in a
/// compact binary form that reads back as an equal tree, property order included, without a parser.
/// </summary>
internal static class JsonTreeBinary
{
    private const byte Null = 0;
    private const byte False = 1;
    private const byte True = 2;
    private const byte Integer = 3;
    private const byte Float = 4;
    private const byte Text = 5;
    private const byte Object = 6;
    private const byte Array = 7;

    public static void Write(BinaryWriter writer, JToken token)
    {
        switch (token)
        {
            case JObject obj:
                writer.Write(Object);
                writer.Write(obj.Count);
                foreach (var property in obj.Properties())
                {
                    writer.Write(property.Name);
                    Write(writer, property.Value);
                }

                break;
            case JArray array:
                writer.Write(Array);
                writer.Write(array.Count);
                foreach (var item in array)
                {
                    Write(writer, item);
                }

                break;
            case JValue { Type: JTokenType.Null }:
                writer.Write(Null);
                break;
            case JValue { Type: JTokenType.Boolean } flag:
                writer.Write((bool)flag ? True : False);
                break;
            case JValue { Type: JTokenType.Integer } integer:
                writer.Write(Integer);
                writer.Write((long)integer);
                break;
            case JValue { Type: JTokenType.Float } number:
                writer.Write(Float);
                writer.Write((double)number);
                break;
            case JValue { Type: JTokenType.String } text:
                writer.Write(Text);
                writer.Write((string)text!);
                break;
            default:
                throw new NotSupportedException($"a {token.Type} value at {token.Path} has no binary form");
        }
    }

    /// <exception cref="InvalidDataException">The bytes are not a tree this writer wrote.</exception>
    public static JToken Read(BinaryReader reader)
    {
        var tag = reader.ReadByte();
        switch (tag)
        {
            case Null:
                return JValue.CreateNull();
            case False or True:
                return new JValue(tag == True);
            case Integer:
                return new JValue(reader.ReadInt64());
            case Float:
                return new JValue(reader.ReadDouble());
            case Text:
                return new JValue(reader.ReadString());
            case Object:
                var obj = new JObject();
                for (var count = reader.ReadInt32(); count > 0; count--)
                {
                    obj.Add(reader.ReadString(), Read(reader));
                }

                return obj;
            case Array:
                var array = new JArray();
                for (var count = reader.ReadInt32(); count > 0; count--)
                {
                    array.Add(Read(reader));
                }

                return array;
            default:
                throw new InvalidDataException($"unknown tag {tag}");
        }
    }
}
