using System.Runtime.InteropServices;

namespace ServiceBot.LoadTest.Measurement;

/// <summary>The two libc calls the benchmark needs: the clock-tick rate of /proc CPU times, and a polite SIGTERM.</summary>
internal static partial class LinuxNative
{
    private const int ClockTicksName = 2; // _SC_CLK_TCK
    private const int SigTerm = 15;

    /// <summary>Clock ticks per second of the CPU times in /proc/&lt;pid&gt;/stat (USER_HZ, 100 on common kernels).</summary>
    public static long ClockTicksPerSecond { get; } = ReadClockTicks();

    public static bool Terminate(int pid) => kill(pid, SigTerm) == 0;

    private static long ReadClockTicks()
    {
        var ticks = sysconf(ClockTicksName);
        return ticks > 0 ? ticks : 100;
    }

    [LibraryImport("libc", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static partial long sysconf(int name);

    [LibraryImport("libc", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static partial int kill(int pid, int signal);
}
