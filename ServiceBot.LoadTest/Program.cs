using ServiceBot.LoadTest.Cli;

namespace ServiceBot.LoadTest;

internal static class Program
{
    public static Task<int> Main(string[] args) => LoadTestCommand.Create().Parse(args).InvokeAsync();
}
