namespace ServiceBot.LoadTest.Measurement;

/// <summary>One reading of a process: when (since its start), its CPU time so far and its resident memory.</summary>
internal readonly record struct ProcessSample(TimeSpan At, TimeSpan Cpu, long ResidentBytes, long PeakResidentBytes, int Threads)
{
    /// <summary>Bytes per MB, as every memory figure of the report gives them.</summary>
    public const double Megabyte = 1024 * 1024;

    /// <summary>How many measured conversations had finished when it was taken; null before they started.</summary>
    public int? Conversations { get; init; }

    public static ProcessSample Read(int pid, TimeSpan at)
    {
        var stat = ProcStat.Read(pid);
        var status = ProcStatus.Read(pid);
        return new ProcessSample(
            at,
            TimeSpan.FromSeconds((double)stat.CpuTicks / LinuxNative.ClockTicksPerSecond),
            status.ResidentBytes,
            status.PeakResidentBytes,
            status.Threads);
    }
}
