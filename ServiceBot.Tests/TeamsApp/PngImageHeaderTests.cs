using ServiceBot.TeamsApp;

namespace ServiceBot.Tests.TeamsApp;

public class PngImageHeaderTests
{
    [Fact]
    public void Read_PngFile_ReturnsItsSize()
    {
        var header = PngImageHeader.Read(TestPngWriter.Write(3, 7, new byte[3 * 7 * 4]));

        Assert.Equal(new PngImageHeader(3, 7), header);
    }

    [Fact]
    public void Read_NotAPng_ReturnsNull()
    {
        Assert.Null(PngImageHeader.Read("GIF89a and some more bytes to be long enough"u8));
        Assert.Null(PngImageHeader.Read([]));
    }
}
