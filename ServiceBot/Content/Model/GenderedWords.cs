using System.Text.RegularExpressions;

namespace ServiceBot.Content.Model;

/// <summary>Which form of a phrase's gendered words the agent says ("encantado" / "encantada"); neutral shows both.</summary>
public enum AgentGender
{
    Neutral,
    Feminine,
    Masculine,
}

/// <summary>
/// Gendered words in content texts, written <c>{masculine|feminine}</c> ("Yo {mismo|misma} le doy seguimiento"): the
/// agent's form when they chose one, both ("mismo/misma") otherwise. <c>{name}</c> placeholders are left alone.
/// </summary>
public static partial class GenderedWords
{
    public static string Resolve(string text, AgentGender gender)
    {
        ArgumentNullException.ThrowIfNull(text);
        return !text.Contains('|', StringComparison.Ordinal) ? text : Form().Replace(text, match => gender switch
        {
            AgentGender.Masculine => match.Groups["m"].Value,
            AgentGender.Feminine => match.Groups["f"].Value,
            _ => $"{match.Groups["m"].Value}/{match.Groups["f"].Value}",
        });
    }

    /// <summary>
    /// What is wrong with the braces of a text, or null: every <c>{…}</c> must be a placeholder (<c>{name}</c>) or a
    /// gendered pair (<c>{mismo|misma}</c>, two non-empty forms), and no brace may be left open.
    /// </summary>
    public static string? Problem(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rest = Placeholder().Replace(Form().Replace(text, string.Empty), string.Empty);
        var brace = rest.IndexOfAny(['{', '}']);
        if (brace < 0)
        {
            return null;
        }

        var end = rest[brace] == '{' ? rest.IndexOf('}', brace) : brace;
        var bad = end >= brace ? rest[brace..(end + 1)] : rest[brace..Math.Min(rest.Length, brace + 20)];
        return $"'{bad}' is neither a placeholder such as {{name}} nor gendered words written {{masculine|feminine}}, such as {{mismo|misma}}";
    }

    [GeneratedRegex(@"\{(?<m>[^{}|]*[^{}|\s][^{}|]*)\|(?<f>[^{}|]*[^{}|\s][^{}|]*)\}")]
    private static partial Regex Form();

    [GeneratedRegex(@"\{[A-Za-z][A-Za-z0-9]*\}")]
    private static partial Regex Placeholder();
}
