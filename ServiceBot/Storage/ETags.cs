namespace ServiceBot.Storage;

/// <summary>ETag values with a meaning of their own.</summary>
public static class ETags
{
    /// <summary>Write whatever is stored (last writer wins). Use only where losing a concurrent update is harmless.</summary>
    public const string Any = "*";

    internal static string New() => Guid.NewGuid().ToString("N");
}
