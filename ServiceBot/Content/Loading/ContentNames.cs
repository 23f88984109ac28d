using System.Text;

namespace ServiceBot.Content.Loading;

/// <summary>Enum values as content files spell them: <c>InPerson</c> is <c>in-person</c>, <c>Heard</c> is <c>HEARD</c>.</summary>
public static class ContentNames
{
    public static string Of<T>(T value) where T : struct, Enum
    {
        var name = value.ToString();
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }

    public static T Parse<T>(string? text) where T : struct, Enum =>
        Enum.TryParse<T>(text?.Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true, out var value)
            ? value
            : throw new FormatException($"'{text}' is not a {typeof(T).Name}");
}
