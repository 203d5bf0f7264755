using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace ComplaintsAssistant.Package;

/// <summary>Just enough PNG to check Teams' icon rules: the header, and 8-bit RGB/RGBA pixels with the five filters undone.</summary>
internal sealed record Png(int Width, int Height, int BitDepth, int ColourType, int Interlace, byte[] Data)
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 13, 10, 26, 10];

    public bool HasAlpha => ColourType == 6;

    /// <summary>Null when the bytes are not a PNG this reader understands.</summary>
    public static Png? TryRead(byte[] bytes)
    {
        if (bytes.Length < 33 || !bytes.AsSpan(0, 8).SequenceEqual(Signature) || Encoding.ASCII.GetString(bytes, 12, 4) != "IHDR") return null;
        var width = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16));
        var height = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20));
        using var idat = new MemoryStream();
        for (var at = 8; at + 8 <= bytes.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(at));
            if (length < 0 || at + 12 + length > bytes.Length) return null;
            if (Encoding.ASCII.GetString(bytes, at + 4, 4) == "IDAT") idat.Write(bytes, at + 8, length);
            at += 12 + length;
        }
        return new Png(width, height, bytes[24], bytes[25], bytes[28], idat.ToArray());
    }

    /// <summary>Pixels as RGBA bytes (opaque alpha for RGB), or null for a layout this reader doesn't handle.</summary>
    public byte[]? Rgba()
    {
        var channels = ColourType switch { 6 => 4, 2 => 3, _ => 0 };
        if (BitDepth != 8 || Interlace != 0 || channels == 0) return null;
        using var inflate = new ZLibStream(new MemoryStream(Data), CompressionMode.Decompress);
        using var raw = new MemoryStream();
        inflate.CopyTo(raw);
        var source = raw.ToArray();
        var stride = Width * channels;
        if (source.Length < Height * (stride + 1)) return null;
        var rows = new byte[Height * stride];
        for (var y = 0; y < Height; y++)
        {
            var filter = source[y * (stride + 1)];
            if (filter > 4) return null;
            for (var x = 0; x < stride; x++)
            {
                int a = x >= channels ? rows[y * stride + x - channels] : 0, b = y > 0 ? rows[(y - 1) * stride + x] : 0;
                int c = x >= channels && y > 0 ? rows[(y - 1) * stride + x - channels] : 0;
                var value = source[y * (stride + 1) + 1 + x];
                rows[y * stride + x] = (byte)(value + filter switch { 0 => 0, 1 => a, 2 => b, 3 => (a + b) / 2, _ => Paeth(a, b, c) });
            }
        }
        if (channels == 4) return rows;
        var rgba = new byte[Width * Height * 4];
        for (var i = 0; i < Width * Height; i++)
        {
            rows.AsSpan(i * 3, 3).CopyTo(rgba.AsSpan(i * 4));
            rgba[i * 4 + 3] = 255;
        }
        return rgba;
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
