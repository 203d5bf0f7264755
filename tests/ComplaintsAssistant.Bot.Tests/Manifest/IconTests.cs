using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace ComplaintsAssistant.Bot.Tests.Manifest;

/// <summary>Teams' icon rules: color.png 192×192, outline.png 32×32 white on a transparent background.</summary>
public class IconTests
{
    [Theory]
    [InlineData("color.png", 192)]
    [InlineData("outline.png", 32)]
    public void IconHasTheSizeTeamsAsksFor(string file, int size)
    {
        var png = Png.Read(Path.Combine(TeamsManifest.Folder, file));
        Assert.Equal((size, size), (png.Width, png.Height));
        Assert.Equal(file, (string?)TeamsManifest.Filled()["icons"]![file == "color.png" ? "color" : "outline"]);
    }

    [Fact]
    public void OutlineIsWhiteOnTransparent()
    {
        var png = Png.Read(Path.Combine(TeamsManifest.Folder, "outline.png"));
        Assert.Equal(6, png.ColourType); // RGBA: transparency needs an alpha channel
        var pixels = png.Rgba();
        var drawn = 0;
        for (var i = 0; i < pixels.Length; i += 4)
        {
            if (pixels[i + 3] == 0) continue;
            drawn++;
            Assert.True(pixels[i] == 255 && pixels[i + 1] == 255 && pixels[i + 2] == 255, $"pixel {i / 4} is not white");
        }
        Assert.InRange(drawn, 32, 32 * 32 - 32); // something drawn, and the background is transparent
    }

    [Fact]
    public void ColourIconIsOpaqueAndMostlyTheAccentColour()
    {
        var png = Png.Read(Path.Combine(TeamsManifest.Folder, "color.png"));
        var pixels = png.Rgba();
        var accent = Convert.FromHexString(((string)TeamsManifest.Filled()["accentColor"]!)[1..]);
        var accentPixels = 0;
        for (var i = 0; i < pixels.Length; i += 4)
        {
            Assert.Equal(255, pixels[i + 3]);
            if (pixels[i] == accent[0] && pixels[i + 1] == accent[1] && pixels[i + 2] == accent[2]) accentPixels++;
        }
        Assert.True(accentPixels > pixels.Length / 4 / 2, $"{accentPixels} accent pixels");
    }

    /// <summary>Just enough PNG: the IHDR, and 8-bit RGBA/RGB pixels un-filtered (all five filter types).</summary>
    private sealed record Png(int Width, int Height, int BitDepth, int ColourType, int Interlace, byte[] Data)
    {
        public static Png Read(string path)
        {
            var bytes = File.ReadAllBytes(path);
            Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 13, 10, 26, 10 }, bytes[..8]);
            Assert.Equal("IHDR", Encoding.ASCII.GetString(bytes, 12, 4));
            var width = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16));
            var height = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20));
            using var idat = new MemoryStream();
            for (var at = 8; at < bytes.Length;)
            {
                var length = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(at));
                if (Encoding.ASCII.GetString(bytes, at + 4, 4) == "IDAT") idat.Write(bytes, at + 8, length);
                at += 12 + length;
            }
            return new Png(width, height, bytes[24], bytes[25], bytes[28], idat.ToArray());
        }

        public byte[] Rgba()
        {
            Assert.Equal(8, BitDepth);
            Assert.Equal(0, Interlace);
            var channels = ColourType switch { 6 => 4, 2 => 3, _ => throw new Xunit.Sdk.XunitException($"colour type {ColourType}") };
            using var inflate = new ZLibStream(new MemoryStream(Data), CompressionMode.Decompress);
            using var raw = new MemoryStream();
            inflate.CopyTo(raw);
            var source = raw.ToArray();
            var stride = Width * channels;
            var rows = new byte[Height * stride];
            for (var y = 0; y < Height; y++)
            {
                var filter = source[y * (stride + 1)];
                for (var x = 0; x < stride; x++)
                {
                    int a = x >= channels ? rows[y * stride + x - channels] : 0, b = y > 0 ? rows[(y - 1) * stride + x] : 0;
                    int c = x >= channels && y > 0 ? rows[(y - 1) * stride + x - channels] : 0;
                    var value = source[y * (stride + 1) + 1 + x];
                    rows[y * stride + x] = (byte)(value + filter switch
                    {
                        0 => 0, 1 => a, 2 => b, 3 => (a + b) / 2, 4 => Paeth(a, b, c),
                        _ => throw new Xunit.Sdk.XunitException($"filter {filter}"),
                    });
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
}
