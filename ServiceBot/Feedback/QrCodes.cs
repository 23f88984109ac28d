using QRCoder;

namespace ServiceBot.Feedback;

/// <summary>
/// QR codes of survey links (QRCoder, no System.Drawing): error correction M (enough for a screen or a counter card)
/// and the 4-module quiet zone all round.
/// </summary>
public static class QrCodes
{
    private const int PixelsPerModule = 6;

    /// <summary>A PNG as a data: URI, which an Adaptive Card Image shows in Teams.</summary>
    public static string PngDataUri(string url) => "data:image/png;base64," + Convert.ToBase64String(Png(url));

    public static byte[] Png(string url)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        using var png = new PngByteQRCode(data);
        return png.GetGraphic(PixelsPerModule, drawQuietZones: true);
    }
}
