using System.Globalization;
using System.Reflection;

namespace ServiceBot.Storage;

/// <summary>Reads the migration scripts embedded in the assembly (see ServiceBot.csproj), in version order.</summary>
internal static class MigrationScripts
{
    private const string ResourcePrefix = "migrations/";

    public static IReadOnlyList<MigrationScript> For(StorageProvider provider)
    {
        var assembly = typeof(MigrationScripts).Assembly;
        var prefix = $"{ResourcePrefix}{provider}/";
        var scripts = assembly.GetManifestResourceNames()
            .Where(name => name.Replace('\\', '/').StartsWith(prefix, StringComparison.Ordinal))
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
