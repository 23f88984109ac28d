using System.Diagnostics;
using ServiceBot.LoadTest.Measurement;

namespace ServiceBot.LoadTest.Tests.Measurement;

public sealed class ProcStatTests
{
    // A real line's shape (proc(5)): pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt
    // utime stime cutime cstime priority nice num_threads itrealvalue starttime vsize rss ...
    private const string Line =
        "4242 (dotnet) S 1 4242 4242 0 -1 4194560 51234 0 12 0 1234 567 0 0 20 0 27 0 987654 3456789012 45678 18446744073709551615 1 1 0 0 0 0 0 4096 17663 0 0 0 17 1 0 0 0 0 0";

    [Fact]
    public void Parse_ReadsCpuTicksThreadsAndResidentPages()
    {
        var stat = ProcStat.Parse(Line);

        Assert.Equal(1234, stat.UserTicks);
        Assert.Equal(567, stat.SystemTicks);
        Assert.Equal(1801, stat.CpuTicks);
        Assert.Equal(27, stat.Threads);
        Assert.Equal(45678, stat.ResidentPages);
    }

    [Fact]
    public void Parse_CountsFieldsFromTheLastParenthesis_SoANameWithSpacesAndParenthesesIsHarmless()
    {
        var stat = ProcStat.Parse(Line.Replace("(dotnet)", "(my (odd) bot 2)", StringComparison.Ordinal));

        Assert.Equal(1234, stat.UserTicks);
        Assert.Equal(27, stat.Threads);
    }

    [Theory]
    [InlineData("")]
    [InlineData("4242 dotnet S 1")]
    [InlineData("4242 (dotnet) S 1 4242")]
    public void Parse_RefusesWhatIsNotAStatLine(string line) =>
        Assert.Throws<FormatException>(() => ProcStat.Parse(line));

    [Fact]
    public void Parse_NamesAFieldThatIsNotANumber()
    {
        var error = Assert.Throws<FormatException>(() => ProcStat.Parse(Line.Replace(" 1234 567 ", " 12x4 567 ", StringComparison.Ordinal)));

        Assert.Contains("field 14", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OfThisProcess_AgreesWithTheRuntimesOwnCpuTime()
    {
        var before = Process.GetCurrentProcess().TotalProcessorTime;
        var stat = ProcStat.Read(Environment.ProcessId);
        var after = Process.GetCurrentProcess().TotalProcessorTime;
        var read = TimeSpan.FromSeconds((double)stat.CpuTicks / LinuxNative.ClockTicksPerSecond);

        // Both come from the same kernel counters, read a moment apart: one clock tick of rounding either side.
        var tick = TimeSpan.FromSeconds(1.0 / LinuxNative.ClockTicksPerSecond);
        Assert.InRange(read, before - tick - tick, after + tick + tick);
        Assert.True(stat.Threads > 1);
        Assert.True(stat.ResidentPages > 0);
    }
}
