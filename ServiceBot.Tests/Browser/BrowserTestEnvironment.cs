using ServiceBot.Tests.Fixtures;
using ServiceBot.Tests.TeamsApp;

namespace ServiceBot.Tests.Browser;

/// <summary>
/// What the browser tests need: Debian's Chromium (<c>SERVICEBOT_CHROMIUM</c> names another binary) and the front-end
/// bundles that the ServiceBot build puts in ServiceBot/wwwroot/assets. Without them the tests are skipped on a dev box
/// with a one-line hint, and fail in CI (<c>CI=true</c>), where <c>.ci/run</c> installs Chromium.
/// </summary>
public static class BrowserTestEnvironment
{
    public const string ChromiumVariable = "SERVICEBOT_CHROMIUM";

    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable(ChromiumVariable) is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static string WebAssetsFolder => Path.Combine(TeamsAppTestFiles.RepositoryRoot, "ServiceBot", "wwwroot", "assets");

    public static string WebAsset(string fileName) => Path.Combine(WebAssetsFolder, fileName);

    /// <summary>Why the browser tests cannot run here, or null when they can.</summary>
    public static string? MissingReason =>
        !File.Exists(ChromiumPath)
            ? $"Browser tests need Chromium at {ChromiumPath}: `apt-get install -y chromium fonts-open-sans fonts-noto-color-emoji` (or set {ChromiumVariable})."
        : !File.Exists(WebAsset("card-preview.js"))
            ? "Browser tests need the front-end bundles in ServiceBot/wwwroot/assets: build without -p:SkipWebAssets=true (needs Node.js 20+ and npm)."
        : null;

    /// <summary>Why the browser tests are skipped: only outside CI, where a missing part fails them instead.</summary>
    public static string? SkipReason => PostgresTestEnvironment.IsCi ? null : MissingReason;
}
