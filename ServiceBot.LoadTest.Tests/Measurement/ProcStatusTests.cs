using ServiceBot.LoadTest.Measurement;

namespace ServiceBot.LoadTest.Tests.Measurement;

public sealed class ProcStatusTests
{
    private const string Status = """
        Name:	dotnet
        Umask:	0022
        State:	S (sleeping)
        VmPeak:	 3376444 kB
        VmSize:	 3375420 kB
        VmHWM:	  154036 kB
        VmRSS:	  148212 kB
        RssAnon:	   98312 kB
        Threads:	27
        """;

    [Fact]
    public void Parse_ReadsResidentAndPeakInBytes_AndThreads()
    {
        var status = ProcStatus.Parse(Status);

        Assert.Equal(148212L * 1024, status.ResidentBytes);
        Assert.Equal(154036L * 1024, status.PeakResidentBytes);
        Assert.Equal(27, status.Threads);
    }

    [Fact]
    public void Parse_WithoutVmRss_Explains()
    {
        var error = Assert.Throws<FormatException>(() => ProcStatus.Parse("Name:\tkthreadd\nThreads:\t1\n"));

        Assert.Contains("VmRSS", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RefusesAnotherUnit() =>
        Assert.Throws<FormatException>(() => ProcStatus.Parse("VmRSS:\t148212 MB\n"));

    [Fact]
    public void Read_OfThisProcess_HasMemoryAndItsPeak()
    {
        var status = ProcStatus.Read(Environment.ProcessId);

        Assert.True(status.ResidentBytes > 1024 * 1024);
        Assert.True(status.PeakResidentBytes >= status.ResidentBytes);
    }
}
