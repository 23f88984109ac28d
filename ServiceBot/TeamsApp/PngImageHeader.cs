using System.Buffers.Binary;

namespace ServiceBot.TeamsApp;

/// <summary>The size of a PNG image, read from its IHDR chunk.</summary>
public sealed record PngImageHeader(int Width, int Height)
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Reads the header; null if the bytes are not a PNG file.</summary>
    public static PngImageHeader? Read(ReadOnlySpan<byte> file)
    {
        // Signature (8), then the first chunk must be IHDR: length (4), type (4), width (4), height (4).
        if (file.Length < 24 || !file[..8].SequenceEqual(Signature) || !file[12..16].SequenceEqual("IHDR"u8))
        {
            return null;
        }

        return new PngImageHeader(
            BinaryPrimitives.ReadInt32BigEndian(file[16..20]),
            BinaryPrimitives.ReadInt32BigEndian(file[20..24]));
    }
}
