namespace ServiceBot.Storage;

/// <summary>Timestamps are stored as UTC Unix milliseconds: the same SQL and the same precision on both engines.</summary>
internal static class UnixTime
{
    public static long ToMilliseconds(DateTimeOffset value) => value.ToUnixTimeMilliseconds();

    public static long? ToMilliseconds(DateTimeOffset? value) => value?.ToUnixTimeMilliseconds();

    public static DateTimeOffset FromMilliseconds(long value) => DateTimeOffset.FromUnixTimeMilliseconds(value);

    public static DateTimeOffset? FromMilliseconds(long? value) =>
        value is { } milliseconds ? DateTimeOffset.FromUnixTimeMilliseconds(milliseconds) : null;
}
