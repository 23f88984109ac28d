using System.Text;

namespace ServiceBot.Content.Sources;

/// <summary>One file of a content set: its path relative to the content folder ('/' separators) and its exact bytes.</summary>
public sealed record ContentFile(string Path, byte[] Bytes)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static ContentFile FromText(string path, string text) => new(path, StrictUtf8.GetBytes(text));

    /// <summary>The text, exactly as stored (a byte order mark stays, so the bytes round-trip); null when not UTF-8.</summary>
    public string? TryGetText()
    {
        try
        {
            return StrictUtf8.GetString(Bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
