using System.CommandLine;
using ServiceBot.Content.Cli;
using ServiceBot.TeamsApp;
using ServiceBot.Understanding.Cli;

namespace ServiceBot.Cli;

/// <summary>
/// Administrative commands (<c>content validate</c>, <c>manifest pack</c>…) that run instead of the web host
/// when the first argument names one of them. Each area contributes one <see cref="Command"/>.
/// </summary>
public static class ServiceBotCommandLine
{
    private static readonly Func<Command>[] CommandFactories =
    [
        ManifestCommand.Create,
        ContentCommand.Create,
        UnderstandingCommand.Create,
    ];

    public static bool Handles(string[] args) =>
        InvocationDirectory.Skip(args) is [var first, ..] && CommandFactories.Any(factory => factory().Name == first);

    public static Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("ServiceBot administrative commands") { InvocationDirectory.Option };
        foreach (var factory in CommandFactories)
        {
            root.Subcommands.Add(factory());
        }

        return root.Parse(args).InvokeAsync();
    }
}
