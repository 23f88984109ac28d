using System.Globalization;
using System.Runtime.InteropServices;

namespace ServiceBot.LoadTest.Measurement;

/// <summary>The machine a sitting ran on, as the report describes it: CPU, cores, memory, OS, .NET, load.</summary>
internal sealed record MachineInfo(string Cpu, int Cores, double MemoryGb, string OperatingSystem, string Runtime, double LoadAverageAtStart)
{
    public static MachineInfo Describe() => new(
        CpuModel(),
        Environment.ProcessorCount,
        MemoryGigabytes(),
        OsName(),
        RuntimeInformation.FrameworkDescription,
        LoadAverage());

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Cpu}, {Cores} cores, {MemoryGb:0.#} GB, {OperatingSystem}, {Runtime}, load average {LoadAverageAtStart:0.00} at start");

    /// <summary>The 1-minute load average (/proc/loadavg): how busy the machine was, other work included.</summary>
    public static double LoadAverage() =>
        TryRead("/proc/loadavg") is { } text &&
        double.TryParse(text.Split(' ')[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var load)
            ? load
            : double.NaN;

    private static string CpuModel() =>
        TryRead("/proc/cpuinfo")?.Split('\n')
            .FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
        ?? RuntimeInformation.ProcessArchitecture.ToString();

    private static double MemoryGigabytes()
    {
        var line = TryRead("/proc/meminfo")?.Split('\n').FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal));
        var kilobytes = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [_, var number, ..] &&
            long.TryParse(number, NumberStyles.Integer, CultureInfo.InvariantCulture, out var kb) ? kb : 0;
        return kilobytes / 1024.0 / 1024.0;
    }

    private static string OsName() =>
        TryRead("/etc/os-release")?.Split('\n')
            .FirstOrDefault(l => l.StartsWith("PRETTY_NAME=", StringComparison.Ordinal))?["PRETTY_NAME=".Length..].Trim('"')
        ?? RuntimeInformation.OSDescription;

    private static string? TryRead(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
