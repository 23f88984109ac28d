using System.Diagnostics;
using System.Text.Json;
using ServiceBot.Tests.Fixtures;
using ServiceBot.Tests.TeamsApp;

namespace ServiceBot.Tests.Hosting;

/// <summary>
/// How each kind of build compiles the app ahead of time, as MSBuild evaluates ServiceBot.csproj: ReadyToRun only when
/// publishing, and one composite image with the frameworks only for a self-contained publish (the README's "Runtime
/// settings production uses").
/// </summary>
public sealed class PublishSettingsTests
{
    [Fact]
    public async Task ABuild_IsNotPrecompiled()
    {
        var settings = await EvaluateAsync();

        Assert.Equal((false, false), settings);
    }

    [Fact]
    public async Task AFrameworkDependentPublish_IsReadyToRun_WithoutTheFrameworks()
    {
        var settings = await EvaluateAsync("-p:_IsPublishing=true");

        Assert.Equal((true, false), settings);
    }

    [Fact]
    public async Task ASelfContainedPublish_IsOneCompositeImage_WithTheFrameworks()
    {
        var settings = await EvaluateAsync("-p:_IsPublishing=true", "-p:RuntimeIdentifier=linux-x64", "-p:SelfContained=true");

        Assert.Equal((true, true), settings);
    }

    private static async Task<(bool ReadyToRun, bool Composite)> EvaluateAsync(params string[] properties)
    {
        var start = new ProcessStartInfo(DotnetHost.Path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = TeamsAppTestFiles.RepositoryRoot,
        };
        foreach (var argument in new[] { "msbuild", Path.Combine("ServiceBot", "ServiceBot.csproj"), "-nologo",
                     "-getProperty:PublishReadyToRun", "-getProperty:PublishReadyToRunComposite" }.Concat(properties))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"dotnet msbuild exited with {process.ExitCode}: {await error}{await output}");

        var evaluated = JsonDocument.Parse(await output).RootElement.GetProperty("Properties");
        return (IsTrue(evaluated, "PublishReadyToRun"), IsTrue(evaluated, "PublishReadyToRunComposite"));
    }

    private static bool IsTrue(JsonElement properties, string name) =>
        string.Equals(properties.GetProperty(name).GetString(), "true", StringComparison.OrdinalIgnoreCase);
}
