using System.CommandLine;
using System.IO.Compression;
using Microsoft.Extensions.Configuration;
using ServiceBot.TeamsApp;

namespace ServiceBot.Tests.TeamsApp;

public sealed class ManifestCommandTests : IDisposable
{
    private const string AppId = "4f1a2b3c-1111-4222-8333-944455556666";
    private const string BotId = "7d8e9f00-aaaa-4bbb-8ccc-dddddddddddd";

    private readonly TemporaryFolder _folder = new();
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();

    private string OutputPath => Path.Combine(_folder.Path, "servicebot.zip");

    public void Dispose()
    {
        _folder.Dispose();
        _output.Dispose();
        _error.Dispose();
    }

    private async Task<int> RunAsync(IConfiguration configuration, params string[] args)
    {
        var root = new RootCommand { ManifestCommand.Create(() => configuration) };
        return await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = _output, Error = _error });
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(pair => new KeyValuePair<string, string?>(pair.Key, pair.Value)))
            .Build();

    [Fact]
    public async Task Pack_WithArguments_WritesThePackageAndPrintsItsPath()
    {
        var exitCode = await RunAsync(Configuration(),
            "manifest", "pack", "--app-id", AppId, "--bot-id", BotId, "--domain", "servicebot.contoso.com",
            "--output", OutputPath, "--manifest-folder", TeamsAppTestFiles.ManifestFolderPath);

        Assert.Equal(0, exitCode);
        Assert.Equal(OutputPath, _output.ToString().Trim());
        Assert.Empty(_error.ToString());
        using var zip = ZipFile.OpenRead(OutputPath);
        Assert.Equal(5, zip.Entries.Count);
    }

    [Fact]
    public async Task Pack_ValuesFromConfigurationAndDefaultFolder_WritesThePackage()
    {
        var configuration = Configuration(
            ("TeamsApp:AppId", AppId), ("MicrosoftAppId", BotId), ("TeamsApp:Domain", "servicebot.contoso.com"));

        // No --manifest-folder: found by walking up from the current directory or the binaries.
        var exitCode = await RunAsync(configuration, "manifest", "pack", "-o", OutputPath);

        Assert.Equal(0, exitCode);
        Assert.True(File.Exists(OutputPath));
    }

    [Fact]
    public async Task Pack_BadArguments_ExitsWith1AndExplainsEachProblem()
    {
        var exitCode = await RunAsync(Configuration(),
            "manifest", "pack", "--app-id", "12345", "--domain", "https://servicebot.contoso.com/", "--output", OutputPath);

        Assert.Equal(1, exitCode);
        var error = _error.ToString();
        Assert.Contains("the package was not written", error, StringComparison.Ordinal);
        Assert.Contains("--app-id / TeamsApp:AppId must be a GUID", error, StringComparison.Ordinal);
        Assert.Contains("pass --bot-id <guid> or set MicrosoftAppId", error, StringComparison.Ordinal);
        Assert.Contains("--domain / TeamsApp:Domain must be a host name", error, StringComparison.Ordinal);
        Assert.False(File.Exists(OutputPath));
    }

    [Fact]
    public async Task Pack_ManifestFolderThatDoesNotExist_ExitsWith1()
    {
        var exitCode = await RunAsync(Configuration(),
            "manifest", "pack", "--app-id", AppId, "--bot-id", BotId, "--domain", "servicebot.contoso.com",
            "--manifest-folder", Path.Combine(_folder.Path, "missing"), "--output", OutputPath);

        Assert.Equal(1, exitCode);
        Assert.Contains("does not exist", _error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pack_UnknownOption_ExitsWith1()
    {
        var exitCode = await RunAsync(Configuration(), "manifest", "pack", "--app", AppId);

        Assert.Equal(1, exitCode);
        Assert.Contains("--app", _error.ToString(), StringComparison.Ordinal);
    }
}
