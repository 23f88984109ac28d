using Newtonsoft.Json.Linq;

namespace ServiceBot.Content.Loading;

/// <summary>
/// Tolerant reads over a document that may not match its schema yet: a wrong type reads as absent, so the
/// cross-checks still run on everything that is well formed and report nothing twice.
/// </summary>
internal static class JTokenReading
{
    public static JToken? Get(this JToken? token, string property) =>
        token is JObject obj ? obj.Property(property)?.Value : null;

    public static string? Str(this JToken? token) => token is JValue { Type: JTokenType.String } value ? (string?)value : null;

    public static string? Str(this JToken? token, string property) => token.Get(property).Str();

    public static bool Flag(this JToken? token, string property) => token.Get(property) is JValue { Type: JTokenType.Boolean } value && (bool)value!;

    public static int? Int(this JToken? token, string property) =>
        token.Get(property) is JValue { Type: JTokenType.Integer } value ? (int)(long)value : null;

    public static IEnumerable<JToken> Items(this JToken? token, string property) =>
        token.Get(property) is JArray array ? array : [];

    public static IEnumerable<JProperty> Properties(this JToken? token, string property) =>
        token.Get(property) is JObject obj ? obj.Properties() : [];
}
