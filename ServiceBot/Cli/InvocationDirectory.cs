using System.CommandLine;

namespace ServiceBot.Cli;

/// <summary>
/// The directory the user typed the command in. <c>dotnet run</c> starts a web project in the project's folder, so
/// the project passes the directory it was started from (<c>RunArguments</c> in ServiceBot.csproj); relative paths
/// given to the commands are resolved against it. Without it (the built app run directly) it is the current directory.
/// </summary>
public static class InvocationDirectory
{
    public const string Name = "--invocation-directory";

    public static Option<string?> Option { get; } = new(Name)
    {
        Description = "The directory relative paths are resolved against (set by 'dotnet run')",
        Hidden = true,
        Recursive = true,
    };

    /// <summary>The directory the command was typed in.</summary>
    public static string Of(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        return parseResult.GetValue(Option) is { Length: > 0 } directory ? directory : Directory.GetCurrentDirectory();
    }

    /// <summary>The arguments without a leading <c>--invocation-directory DIR</c>.</summary>
    public static string[] Skip(string[] args) =>
        args.Length >= 2 && args[0] == Name ? args[2..] : args;
}
