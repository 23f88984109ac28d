using System.Globalization;

namespace ServiceBot.LoadTest.Measurement;

/// <summary>Memory figures of <c>/proc/&lt;pid&gt;/status</c>: resident set now (VmRSS) and its peak (VmHWM), in bytes.</summary>
internal readonly record struct ProcStatus(long ResidentBytes, long PeakResidentBytes, int Threads)
{
    public static ProcStatus Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        long? rss = null, hwm = null;
        var threads = 0;
        foreach (var line in text.Split('\n'))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                continue;
            }

            var value = line[(colon + 1)..].Trim();
            switch (line[..colon])
            {
                case "VmRSS":
                    rss = Kilobytes(value, "VmRSS");
                    break;
                case "VmHWM":
                    hwm = Kilobytes(value, "VmHWM");
                    break;
                case "Threads":
                    threads = int.Parse(value, CultureInfo.InvariantCulture);
                    break;
            }
        }

        return rss is { } resident
            ? new ProcStatus(resident, hwm ?? resident, threads)
            : throw new FormatException("/proc/<pid>/status has no VmRSS line (a kernel thread, or a process that has exited?).");
    }

    public static ProcStatus Read(int pid) => Parse(File.ReadAllText($"/proc/{pid}/status"));

    private static long Kilobytes(string value, string name)
    {
        var parts = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2 || parts[1] != "kB" || !long.TryParse(parts[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var kilobytes))
        {
            throw new FormatException($"/proc/<pid>/status {name} is '{value}', expected '<number> kB'.");
        }

        return kilobytes * 1024;
    }
}
