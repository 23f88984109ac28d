using System.CommandLine;
using Microsoft.Extensions.Configuration;

namespace ServiceBot.TeamsApp;

/// <summary>
/// <c>manifest pack</c>: fills the manifest placeholders from arguments or configuration and writes the Teams app
/// package (zip). Exit code 0 on success, 1 with the reasons otherwise.
/// </summary>
public static class ManifestCommand
{
    public const string DefaultPackageFileName = "servicebot-teams-app.zip";

    public static Command Create() => Create(TeamsAppConfiguration.Load);

    /// <param name="loadConfiguration">Supplies the configuration read when an argument is absent.</param>
    public static Command Create(Func<IConfiguration> loadConfiguration)
    {
        var appId = new Option<string?>("--app-id") { Description = $"Teams app id (GUID); default: {ManifestValuesResolver.AppIdKey}" };
        var botId = new Option<string?>("--bot-id") { Description = $"Azure Bot Microsoft App ID (GUID); default: {ManifestValuesResolver.BotIdKey}" };
        var domain = new Option<string?>("--domain") { Description = $"Public host name of the bot, without https://; default: {ManifestValuesResolver.DomainKey}" };
        var output = new Option<string?>("--output", "-o") { Description = $"Package path; default: artifacts/{DefaultPackageFileName} beside the manifest folder" };
        var folder = new Option<string?>("--manifest-folder") { Description = "Teams app source folder; default: the repository's manifest/" };

        var pack = new Command("pack", "Build the Teams app package (zip) with the placeholders filled in") { appId, botId, domain, output, folder };
        pack.SetAction(async (parseResult, cancellationToken) =>
        {
            var console = parseResult.InvocationConfiguration;
            var errors = new List<string>();

            var manifestFolder = parseResult.GetValue(folder)
                ?? ManifestFolder.FindDefault(Directory.GetCurrentDirectory(), AppContext.BaseDirectory);
            if (manifestFolder is null || !Directory.Exists(manifestFolder))
            {
                errors.Add(manifestFolder is null
                    ? $"No {ManifestFolder.FolderName}/{ManifestFolder.ManifestFileName} found above the current directory; pass --manifest-folder."
                    : $"--manifest-folder '{manifestFolder}' does not exist.");
            }

            var values = ManifestValuesResolver.Resolve(
                parseResult.GetValue(appId), parseResult.GetValue(botId), parseResult.GetValue(domain), loadConfiguration(), errors);
            if (errors.Count > 0 || values is null || manifestFolder is null)
            {
                return await FailAsync(console.Error, errors);
            }

            var outputPath = parseResult.GetValue(output)
                ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(manifestFolder))!, "artifacts", DefaultPackageFileName);
            var result = await new TeamsAppPackager(manifestFolder).PackAsync(values, outputPath, cancellationToken);
            if (!result.Succeeded)
            {
                return await FailAsync(console.Error, result.Errors);
            }

            await console.Output.WriteLineAsync(result.PackagePath);
            return 0;
        });

        return new Command("manifest", "Teams app package commands") { pack };
    }

    private static async Task<int> FailAsync(TextWriter error, IEnumerable<string> errors)
    {
        await error.WriteLineAsync("manifest pack: the package was not written.");
        foreach (var message in errors)
        {
            await error.WriteLineAsync("  " + message);
        }

        return 1;
    }
}
