using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace ServiceBot.People;

/// <summary>A team of agents with its supervisors. The id is a short stable slug (<c>mostrador-centro</c>); the name is what people read.</summary>
public sealed partial record Team(string Id, string Name)
{
    public const int MaxIdLength = 64;
    public const int MaxNameLength = 100;

    /// <summary>Lower-case letters, digits, '-', '_' and '.', starting with a letter or digit.</summary>
    public static bool IsValidId([NotNullWhen(true)] string? id) => id is { Length: > 0 and <= MaxIdLength } && IdPattern().IsMatch(id);

    public static bool IsValidName(string? name) => !string.IsNullOrWhiteSpace(name) && name.Trim().Length <= MaxNameLength;

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
