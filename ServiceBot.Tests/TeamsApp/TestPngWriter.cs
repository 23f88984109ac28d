using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace ServiceBot.Tests.TeamsApp;

/// <summary>Encodes 8-bit RGBA PNG files with a chosen filter per row, to test <see cref="PngDecoder"/> and the packager.</summary>
public static class TestPngWriter
{
    public static byte[] Write(int width, int height, byte[] rgba, byte[]? filters = null)
    {
        ArgumentNullException.ThrowIfNull(rgba);
        var stride = width * 4;
        using var raw = new MemoryStream();
        for (var y = 0; y < height; y++)
        {
            var filter = filters is null ? (byte)0 : filters[y % filters.Length];
            raw.WriteByte(filter);
            for (var x = 0; x < stride; x++)
            {
                int value = rgba[(y * stride) + x];
                int left = x >= 4 ? rgba[(y * stride) + x - 4] : 0;
                int up = y > 0 ? rgba[((y - 1) * stride) + x] : 0;
                int upLeft = x >= 4 && y > 0 ? rgba[((y - 1) * stride) + x - 4] : 0;
                raw.WriteByte((byte)(filter switch
                {
                    1 => value - left,
                    2 => value - up,
                    3 => value - ((left + up) / 2),
                    4 => value - Paeth(left, up, upLeft),
                    _ => value,
                }));
            }
        }

        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(raw.ToArray());
        }

        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;
        header[9] = 6;

        using var file = new MemoryStream();
        file.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        WriteChunk(file, "IHDR", header);
        WriteChunk(file, "IDAT", compressed.ToArray());
        WriteChunk(file, "IEND", []);
        return file.ToArray();
    }

    /// <summary>A fully transparent square image.</summary>
    public static byte[] Transparent(int size) => Write(size, size, new byte[size * size * 4]);

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private static void WriteChunk(Stream stream, string type, byte[] data)
    {
        var typeAndData = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        stream.Write(number);
        stream.Write(typeAndData);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32(typeAndData));
        stream.Write(number);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
