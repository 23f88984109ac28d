namespace ServiceBot.Tests.Fixtures;

/// <summary>The dotnet host running the tests (DOTNET_HOST_PATH under the SDK), for the tests that start a process of their own.</summary>
public static class DotnetHost
{
    public static string Path { get; } =
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host
        : Environment.ProcessPath is { } path && System.IO.Path.GetFileNameWithoutExtension(path) == "dotnet" ? path
        : "dotnet";
}
