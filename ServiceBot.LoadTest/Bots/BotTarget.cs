namespace ServiceBot.LoadTest.Bots;

/// <summary>One bot to measure: a label for the report, the built dll, and the database it runs on.</summary>
internal sealed record BotTarget(string Label, string DllPath, StorageEngine Storage, bool IsFloor = false)
{
    public string Name => Storage == StorageEngine.None ? Label : $"{Label} ({Storage.ToString().ToLowerInvariant()})";

    /// <summary>Reads <c>label=path</c> or a bare path (labelled by its file name).</summary>
    public static (string Label, string DllPath) ParseSpec(string spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var equals = spec.IndexOf('=', StringComparison.Ordinal);
        var path = Path.GetFullPath(equals > 0 ? spec[(equals + 1)..] : spec);
        var label = equals > 0 ? spec[..equals] : Path.GetFileNameWithoutExtension(path);
        return (label, path);
    }
}
