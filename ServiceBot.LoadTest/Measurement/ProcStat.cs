using System.Globalization;

namespace ServiceBot.LoadTest.Measurement;

/// <summary>
/// The fields of <c>/proc/&lt;pid&gt;/stat</c> the benchmark reads (proc(5)): CPU time in user and kernel mode, in
/// clock ticks, summed over all threads; thread count; resident pages.
/// </summary>
internal readonly record struct ProcStat(long UserTicks, long SystemTicks, int Threads, long ResidentPages)
{
    public long CpuTicks => UserTicks + SystemTicks;

    /// <summary>
    /// Parses one stat line. The command name (field 2) is in parentheses and may itself hold spaces and
    /// parentheses, so the fields are counted from the last ')'.
    /// </summary>
    public static ProcStat Parse(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var end = line.LastIndexOf(')');
        if (end < 0)
        {
            throw new FormatException($"Not a /proc/<pid>/stat line (no command name): '{Shorten(line)}'");
        }

        // After the name: field 3 (state) is index 0, so field n is index n - 3.
        var fields = line[(end + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length < 22)
        {
            throw new FormatException($"A /proc/<pid>/stat line with {fields.Length + 2} fields, expected at least 24: '{Shorten(line)}'");
        }

        return new ProcStat(Field(fields, 14), Field(fields, 15), (int)Field(fields, 20), Field(fields, 24));
    }

    public static ProcStat Read(int pid) => Parse(File.ReadAllText($"/proc/{pid}/stat"));

    private static long Field(string[] fields, int number) =>
        long.TryParse(fields[number - 3], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException($"/proc/<pid>/stat field {number} is '{fields[number - 3]}', not a number.");

    private static string Shorten(string line) => line.Length <= 80 ? line : line[..80] + "…";
}
