using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ServiceBot.TeamsApp;

/// <summary>
/// Builds the Teams app package: fills the placeholders, checks that none remain, validates the manifest and
/// localization files against the official schemas and the icons' sizes, then writes the zip with every file at
/// its root. Nothing is written unless everything is valid.
/// </summary>
public sealed class TeamsAppPackager(string manifestFolder)
{
    private readonly ManifestSchemaValidator _validator =
        new(Path.Combine(manifestFolder, ManifestFolder.SchemaFolderName));

    public async Task<PackageResult> PackAsync(ManifestValues values, string outputPath, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputPath);

        var errors = new List<string>();
        var entries = await BuildEntriesAsync(values, errors, cancellationToken);
        if (errors.Count > 0)
        {
            return PackageResult.Failed(errors);
        }

        var fullPath = Path.GetFullPath(outputPath);
        await WriteZipAsync(entries, fullPath, cancellationToken);
        return new PackageResult(fullPath, []);
    }

    /// <summary>The package's entries (name at the zip root → content), or errors added to <paramref name="errors"/>.</summary>
    private async Task<IReadOnlyDictionary<string, byte[]>> BuildEntriesAsync(
        ManifestValues values, List<string> errors, CancellationToken cancellationToken)
    {
        var entries = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var manifestPath = Path.Combine(manifestFolder, ManifestFolder.ManifestFileName);
        if (!File.Exists(manifestPath))
        {
            errors.Add($"No {ManifestFolder.ManifestFileName} in '{Path.GetFullPath(manifestFolder)}'.");
            return entries;
        }

        var manifestText = await FillAsync(ManifestFolder.ManifestFileName, values, entries, errors, cancellationToken);
        JsonNode? manifest;
        try
        {
            manifest = JsonNode.Parse(manifestText);
        }
        catch (JsonException exception)
        {
            errors.Add($"{ManifestFolder.ManifestFileName}: not valid JSON: {exception.Message}");
            return entries;
        }

        if (manifest is null)
        {
            errors.Add($"{ManifestFolder.ManifestFileName}: is empty");
            return entries;
        }

        var referenced = ManifestFolder.ReferencedBy(manifest);
        foreach (var file in referenced.LocalizationFiles)
        {
            if (CheckRootFile(file, errors))
            {
                await FillAsync(file, values, entries, errors, cancellationToken);
            }
        }

        foreach (var icon in referenced.Icons)
        {
            if (CheckRootFile(icon.FileName, errors))
            {
                var bytes = await File.ReadAllBytesAsync(Path.Combine(manifestFolder, icon.FileName), cancellationToken);
                CheckIcon(icon, bytes, errors);
                entries[icon.FileName] = bytes;
            }
        }

        foreach (var (name, content) in entries.Where(entry => entry.Key.EndsWith(".json", StringComparison.OrdinalIgnoreCase)))
        {
            errors.AddRange(await _validator.ValidateAsync(Encoding.UTF8.GetString(content), name, cancellationToken));
        }

        return entries;
    }

    private async Task<string> FillAsync(
        string fileName, ManifestValues values, Dictionary<string, byte[]> entries, List<string> errors,
        CancellationToken cancellationToken)
    {
        var text = ManifestPlaceholders.Fill(
            await File.ReadAllTextAsync(Path.Combine(manifestFolder, fileName), cancellationToken), values);
        foreach (var token in ManifestPlaceholders.FindRemaining(text))
        {
            errors.Add($"{fileName}: placeholder {token} is still present after filling; "
                + $"known placeholders are {ManifestPlaceholders.TeamsAppId}, {ManifestPlaceholders.MicrosoftAppId}, "
                + $"{ManifestPlaceholders.BotDomain}.");
        }

        entries[fileName] = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text);
        return text;
    }

    private bool CheckRootFile(string fileName, List<string> errors)
    {
        if (fileName.Length == 0 || fileName != Path.GetFileName(fileName) || fileName.Contains('\\', StringComparison.Ordinal))
        {
            errors.Add($"{ManifestFolder.ManifestFileName}: '{fileName}' must be a file name at the package root, without folders.");
            return false;
        }

        if (!File.Exists(Path.Combine(manifestFolder, fileName)))
        {
            errors.Add($"{ManifestFolder.ManifestFileName} names '{fileName}', which is not in '{Path.GetFullPath(manifestFolder)}'.");
            return false;
        }

        return true;
    }

    private static void CheckIcon(IconReference icon, byte[] bytes, List<string> errors)
    {
        var header = PngImageHeader.Read(bytes);
        if (header is null)
        {
            errors.Add($"{icon.FileName}: is not a PNG file.");
        }
        else if (header.Width != icon.Size || header.Height != icon.Size)
        {
            errors.Add($"{icon.FileName}: is {header.Width}×{header.Height}; Teams requires {icon.Size}×{icon.Size}.");
        }
    }

    private static async Task WriteZipAsync(
        IReadOnlyDictionary<string, byte[]> entries, string fullPath, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);

        // Written beside the target and moved into place, so a failure never leaves a half-written package.
        var temporaryPath = fullPath + ".tmp";
        await using (var file = File.Create(temporaryPath))
        await using (var zip = new ZipArchive(file, ZipArchiveMode.Create))
        {
            var ordered = entries
                .OrderBy(entry => entry.Key != ManifestFolder.ManifestFileName)
                .ThenBy(entry => entry.Key, StringComparer.Ordinal);
            foreach (var (name, content) in ordered)
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                await using var stream = await entry.OpenAsync(cancellationToken);
                await stream.WriteAsync(content, cancellationToken);
            }
        }

        File.Move(temporaryPath, fullPath, overwrite: true);
    }
}
