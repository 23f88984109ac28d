using System.Globalization;
using System.Reflection;

namespace ServiceBot.Storage;

/// <summary>Reads the migration scripts embedded in the assembly (see ServiceBot.csproj), in version order.</summary>
internal static class MigrationScripts
{
    private const string ResourcePrefix = "migrations/";

    private const string BaselineFolder = "Baseline/";

    public static IReadOnlyList<MigrationScript> For(StorageProvider provider)
    {
        var assembly = typeof(MigrationScripts).Assembly;
        var prefix = $"{ResourcePrefix}{provider}/";
        var scripts = assembly.GetManifestResourceNames()
            .Where(name => name.Replace('\\', '/').StartsWith(prefix, StringComparison.Ordinal))
            .Where(name => !name.Replace('\\', '/')[prefix.Length..].Contains('/', StringComparison.Ordinal))
            .Select(name => Read(assembly, name, name.Replace('\\', '/')[prefix.Length..]))
            .OrderBy(script => script.Version)
            .ToList();

        var duplicate = scripts.GroupBy(script => script.Version).FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Two {provider} migrations share version {duplicate.Key}.");
        }

        return scripts;
    }

    /// <summary>
    /// The one script that builds, on a new database, the schema of every script up to its version
    /// (<c>Storage/Migrations/{Provider}/Baseline/NNNN_baseline.sql</c>); null when the provider has none. Its version
    /// must be one of <paramref name="scripts"/>' own (the provider's, <see cref="For"/>).
    /// </summary>
    public static MigrationScript? BaselineFor(StorageProvider provider, IReadOnlyList<MigrationScript> scripts)
    {
        ArgumentNullException.ThrowIfNull(scripts);
        var assembly = typeof(MigrationScripts).Assembly;
        var prefix = $"{ResourcePrefix}{provider}/{BaselineFolder}";
        var baselines = assembly.GetManifestResourceNames()
            .Where(name => name.Replace('\\', '/').StartsWith(prefix, StringComparison.Ordinal))
            .Select(name => Read(assembly, name, name.Replace('\\', '/')[prefix.Length..]))
            .ToList();
        if (baselines.Count > 1)
        {
            throw new InvalidOperationException($"{provider} has {baselines.Count} baseline scripts; keep one.");
        }

        if (baselines.Count == 1 && scripts.All(script => script.Version != baselines[0].Version))
        {
            throw new InvalidOperationException($"The {provider} baseline's version {baselines[0].Version} is not one of its migrations.");
        }

        return baselines.SingleOrDefault();
    }

    private static MigrationScript Read(Assembly assembly, string resourceName, string fileName)
    {
        var separator = fileName.IndexOf('_', StringComparison.Ordinal);
        if (separator < 1 || !long.TryParse(fileName.AsSpan(0, separator), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            throw new InvalidOperationException($"Migration '{fileName}' must be named NNNN_description.sql.");
        }

        using var stream = assembly.GetManifestResourceStream(resourceName)!;
        using var reader = new StreamReader(stream);
        return new MigrationScript(version, Path.GetFileNameWithoutExtension(fileName[(separator + 1)..]), reader.ReadToEnd());
    }
}
