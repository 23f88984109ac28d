using System.Text;

namespace ServiceBot.Content.Loading;

/// <summary>
/// The YAML documents of a stamped content set (<see cref="ValidatedContentStamp"/>), already parsed, written beside
/// the stamp by the Release build (<c>dialogs.parsed</c>): a start that loads exactly those files reads the trees
/// from here instead of running YamlDotNet. Used only with the stamp's fingerprint and this build's id; anything
/// else (another build, other files, a damaged file) reads as absent and the YAML is parsed as before.
/// </summary>
internal static class ParsedContentFile
{
    private const string Format = "servicebot parsed content 1";

    /// <summary>Where the parsed form of the stamp at <paramref name="stampPath"/> is kept.</summary>
    public static string PathFor(string stampPath) => Path.ChangeExtension(stampPath, ".parsed");

    public static void Write(string path, string fingerprint, IReadOnlyList<ContentDocument> documents)
    {
        var temporary = $"{path}.{Environment.ProcessId}.tmp";
        using (var file = File.Create(temporary))
        using (var writer = new BinaryWriter(file, Encoding.UTF8))
        {
            writer.Write(Format);
            writer.Write(ValidatedContentStamp.ThisBuild);
            writer.Write(fingerprint);
            writer.Write(documents.Count);
            foreach (var document in documents)
            {
                writer.Write(document.Path);
                writer.Write((int)document.Kind);
                JsonTreeBinary.Write(writer, document.Root);
            }
        }

        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>The documents of the set with <paramref name="fingerprint"/>, in file order; null when there are none to trust.</summary>
    public static List<ContentDocument>? Read(string path, string fingerprint)
    {
        try
        {
            if (!File.Exists(path))
            {
                return null;
            }

            using var file = new MemoryStream(File.ReadAllBytes(path));
            using var reader = new BinaryReader(file, Encoding.UTF8);
            if (reader.ReadString() != Format || reader.ReadString() != ValidatedContentStamp.ThisBuild || reader.ReadString() != fingerprint)
            {
                return null;
            }

            var count = reader.ReadInt32();
            if (count < 0 || count > file.Length)
            {
                return null;
            }

            var documents = new List<ContentDocument>(count);
            for (var i = 0; i < count; i++)
            {
                var relative = reader.ReadString();
                var kind = reader.ReadInt32();
                if (!Enum.IsDefined((ContentKind)kind))
                {
                    return null;
                }

                documents.Add(new ContentDocument(relative, (ContentKind)kind, JsonTreeBinary.Read(reader), SourceMap.None));
            }

            return file.Position == file.Length ? documents : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or ArgumentException or FormatException)
        {
            return null;
        }
    }
}
