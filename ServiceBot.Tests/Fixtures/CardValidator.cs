using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using ServiceBot.Tests.TeamsApp;

namespace ServiceBot.Tests.Fixtures;

/// <summary>
/// Runs the official Adaptive Cards parser (npm <c>adaptivecards</c>, in tools/card-validator) over cards and returns
/// what it reports for each. Needs Node and <c>npm ci --prefix tools/card-validator</c> (CI does this).
/// </summary>
public static class CardValidator
{
    private static string Folder => Path.Combine(TeamsAppTestFiles.RepositoryRoot, "tools", "card-validator");

    public static bool IsInstalled => Directory.Exists(Path.Combine(Folder, "node_modules", "adaptivecards"));

    public static string? SkipReason =>
        IsInstalled ? null
        : string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase) ? null
        : "The Adaptive Cards validator is not installed: run `npm ci --prefix tools/card-validator`.";

    public static async Task<IReadOnlyDictionary<string, string[]>> ValidateAsync(IEnumerable<(string Name, JsonObject Card)> cards)
    {
        if (!IsInstalled)
        {
            throw new InvalidOperationException($"Install the validator first: npm ci --prefix {Folder}");
        }

        var input = Path.GetTempFileName();
        try
        {
            var payload = new JsonArray([.. cards.Select(c => new JsonObject { ["name"] = c.Name, ["card"] = c.Card.DeepClone() })]);
            await File.WriteAllTextAsync(input, payload.ToJsonString());
            var start = new ProcessStartInfo("node", [Path.Combine(Folder, "validate.js"), input])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start)!;
            var output = await process.StandardOutput.ReadToEndAsync();
            var error = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"The card validator failed ({process.ExitCode}): {error}");
            }

            return JsonDocument.Parse(output).RootElement.EnumerateArray().ToDictionary(
                r => r.GetProperty("name").GetString()!,
                r => r.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!).ToArray());
        }
        finally
        {
            File.Delete(input);
        }
    }
}
