using System.Globalization;
using System.Text.Json.Nodes;

namespace ServiceBot.Tests.TeamsApp;

/// <summary>The committed icons follow Teams' rules (decoded pixel by pixel).</summary>
public class TeamsAppIconTests
{
    private static DecodedPng Load(string fileName) =>
        PngDecoder.Decode(File.ReadAllBytes(Path.Combine(TeamsAppTestFiles.ManifestFolderPath, fileName)));

    [Fact]
    public void ColorIcon_Is192SquareAndFullyOpaque()
    {
        var icon = Load("color.png");

        Assert.Equal((192, 192), (icon.Width, icon.Height));
        Assert.All(icon.Pixels(), pixel => Assert.Equal(255, pixel.Color.A));
    }

    [Fact]
    public void ColorIcon_Background_IsTheManifestAccentColor()
    {
        var icon = Load("color.png");
        var accent = JsonNode.Parse(TeamsAppTestFiles.ReadManifestFile("manifest.json"))!["accentColor"]!.GetValue<string>();
        var expected = (
            byte.Parse(accent[1..3], NumberStyles.HexNumber, CultureInfo.InvariantCulture),
            byte.Parse(accent[3..5], NumberStyles.HexNumber, CultureInfo.InvariantCulture),
            byte.Parse(accent[5..7], NumberStyles.HexNumber, CultureInfo.InvariantCulture));

        foreach (var (x, y) in new[] { (0, 0), (191, 0), (0, 191), (191, 191), (96, 10), (10, 96) })
        {
            var (r, g, b, _) = icon[x, y];
            Assert.Equal(expected, (r, g, b));
        }
    }

    [Fact]
    public void ColorIcon_Symbol_StaysInsideTheCentral96PixelArea()
    {
        var icon = Load("color.png");
        var background = icon[0, 0];

        // Teams: a 96×96 symbol with 48 px of padding on every side.
        var symbol = icon.Pixels().Where(pixel => pixel.Color != background).ToList();

        Assert.NotEmpty(symbol);
        Assert.All(symbol, pixel => Assert.True(
            pixel.X is >= 48 and < 144 && pixel.Y is >= 48 and < 144, $"symbol pixel at ({pixel.X},{pixel.Y})"));
    }

    [Fact]
    public void OutlineIcon_Is32Square_OnlyWhiteOrFullyTransparent()
    {
        var icon = Load("outline.png");

        Assert.Equal((32, 32), (icon.Width, icon.Height));
        Assert.All(icon.Pixels(), pixel => Assert.True(
            pixel.Color.A == 0 || pixel.Color is (255, 255, 255, _),
            $"pixel ({pixel.X},{pixel.Y}) is {pixel.Color}"));
    }

    [Fact]
    public void OutlineIcon_HasAnOpaqueShapeOnATransparentBackground()
    {
        var icon = Load("outline.png");

        Assert.Equal(0, icon[0, 0].A);
        Assert.Equal(0, icon[31, 31].A);
        Assert.InRange(icon.Pixels().Count(pixel => pixel.Color.A == 255), 200, 900);
    }

    [Fact]
    public void Decode_RgbaImageWithEveryRowFilter_ReturnsTheOriginalPixels()
    {
        // The committed icons only use filter 0; this image has one row per filter type.
        var expected = Enumerable.Range(0, 2 * 5 * 4).Select(i => (byte)((i * 37) + 11)).ToArray();
        var file = TestPngWriter.Write(2, 5, expected, filters: [0, 1, 2, 3, 4]);

        var image = PngDecoder.Decode(file);

        Assert.Equal(expected, image.Rgba);
    }
}
