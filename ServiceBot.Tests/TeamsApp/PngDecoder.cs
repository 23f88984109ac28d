using System.Buffers.Binary;
using System.IO.Compression;

namespace ServiceBot.Tests.TeamsApp;

/// <summary>
/// A small PNG decoder for the icon tests: 8-bit greyscale, grey+alpha, RGB and RGBA, non-interlaced,
/// all five row filters. Anything else is rejected with a message rather than misread.
/// </summary>
public static class PngDecoder
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static DecodedPng Decode(byte[] file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.Length < 8 || !file.AsSpan(0, 8).SequenceEqual(Signature))
        {
            throw new InvalidDataException("not a PNG file (signature)");
        }

        int width = 0, height = 0, colorType = -1;
        using var compressed = new MemoryStream();
        var position = 8;
        while (position + 12 <= file.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(file.AsSpan(position, 4));
            var type = System.Text.Encoding.ASCII.GetString(file, position + 4, 4);
            var data = file.AsSpan(position + 8, length);
            switch (type)
            {
                case "IHDR":
                    width = BinaryPrimitives.ReadInt32BigEndian(data[..4]);
                    height = BinaryPrimitives.ReadInt32BigEndian(data[4..8]);
                    colorType = data[9];
                    if (data[8] != 8 || data[12] != 0 || colorType is not (0 or 2 or 4 or 6))
                    {
                        throw new InvalidDataException($"unsupported PNG: bit depth {data[8]}, colour type {colorType}, interlace {data[12]}");
                    }

                    break;
                case "IDAT":
                    compressed.Write(data);
                    break;
                case "IEND":
                    return Unfilter(width, height, colorType, Inflate(compressed.ToArray()));
                default:
                    break;
            }

            position += 12 + length;
        }

        throw new InvalidDataException("PNG without IEND");
    }

    private static byte[] Inflate(byte[] zlibData)
    {
        using var input = new ZLibStream(new MemoryStream(zlibData), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    private static DecodedPng Unfilter(int width, int height, int colorType, byte[] raw)
    {
        var channels = colorType switch { 0 => 1, 2 => 3, 4 => 2, _ => 4 };
        var stride = width * channels;
        if (raw.Length != height * (stride + 1))
        {
            throw new InvalidDataException($"PNG data has {raw.Length} bytes, expected {height * (stride + 1)}");
        }

        var pixels = new byte[height * stride];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            for (var x = 0; x < stride; x++)
            {
                int left = x >= channels ? pixels[(y * stride) + x - channels] : 0;
                int up = y > 0 ? pixels[((y - 1) * stride) + x] : 0;
                int upLeft = x >= channels && y > 0 ? pixels[((y - 1) * stride) + x - channels] : 0;
                int value = raw[(y * (stride + 1)) + 1 + x];
                pixels[(y * stride) + x] = (byte)(filter switch
                {
                    0 => value,
                    1 => value + left,
                    2 => value + up,
                    3 => value + ((left + up) / 2),
                    4 => value + Paeth(left, up, upLeft),
                    _ => throw new InvalidDataException($"unknown PNG row filter {filter}"),
                });
            }
        }

        return new DecodedPng(width, height, ToRgba(pixels, width * height, channels));
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private static byte[] ToRgba(byte[] pixels, int count, int channels)
    {
        var rgba = new byte[count * 4];
        for (var i = 0; i < count; i++)
        {
            var source = pixels.AsSpan(i * channels, channels);
            var (r, g, b) = channels >= 3 ? (source[0], source[1], source[2]) : (source[0], source[0], source[0]);
            var a = channels is 2 or 4 ? source[channels - 1] : (byte)255;
            rgba[i * 4] = r;
            rgba[(i * 4) + 1] = g;
            rgba[(i * 4) + 2] = b;
            rgba[(i * 4) + 3] = a;
        }

        return rgba;
    }
}
