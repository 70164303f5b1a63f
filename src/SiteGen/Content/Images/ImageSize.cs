using System.Buffers.Binary;
using System.Globalization;
using System.Xml;

namespace SiteGen.Content.Images;

/// <summary>An image's intrinsic size in CSS pixels.</summary>
public readonly record struct ImageSize(int Width, int Height)
{
    /// <summary>
    /// Reads the size from the file's header (PNG, GIF, JPEG, WebP) or the SVG root's width/height or viewBox,
    /// so pages can give every picture width and height and the text does not jump as pictures load.
    /// Null for a format it does not know, a damaged file or an SVG that states no size.
    /// </summary>
    public static ImageSize? Read(string file)
    {
        if (!File.Exists(file)) return null;
        try
        {
            if (file.EndsWith(".svg", StringComparison.OrdinalIgnoreCase)) return Svg(file);
            using var stream = File.OpenRead(file);
            var head = new byte[Math.Min(stream.Length, 64 * 1024)];
            stream.ReadExactly(head);
            return Png(head) ?? Gif(head) ?? WebP(head) ?? Jpeg(head);
        }
        catch (Exception e) when (e is IOException or XmlException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static ImageSize? Png(ReadOnlySpan<byte> b) =>
        b.Length >= 24 && b[..8].SequenceEqual(PngSignature) && b.Slice(12, 4).SequenceEqual("IHDR"u8)
            ? Positive(BinaryPrimitives.ReadInt32BigEndian(b[16..]), BinaryPrimitives.ReadInt32BigEndian(b[20..]))
            : null;

    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static ImageSize? Gif(ReadOnlySpan<byte> b) =>
        b.Length >= 10 && (b[..6].SequenceEqual("GIF87a"u8) || b[..6].SequenceEqual("GIF89a"u8))
            ? Positive(BinaryPrimitives.ReadUInt16LittleEndian(b[6..]), BinaryPrimitives.ReadUInt16LittleEndian(b[8..]))
            : null;

    private static ImageSize? WebP(ReadOnlySpan<byte> b)
    {
        if (b.Length < 30 || !b[..4].SequenceEqual("RIFF"u8) || !b.Slice(8, 4).SequenceEqual("WEBP"u8)) return null;
        var chunk = b.Slice(12, 4);
        if (chunk.SequenceEqual("VP8X"u8))
            return Positive(1 + (b[24] | b[25] << 8 | b[26] << 16), 1 + (b[27] | b[28] << 8 | b[29] << 16));
        if (chunk.SequenceEqual("VP8L"u8) && b[20] == 0x2F)
        {
            var bits = BinaryPrimitives.ReadUInt32LittleEndian(b[21..]);
            return Positive((int)(bits & 0x3FFF) + 1, (int)((bits >> 14) & 0x3FFF) + 1);
        }
        if (chunk.SequenceEqual("VP8 "u8) && b[23] == 0x9D && b[24] == 0x01 && b[25] == 0x2A)
            return Positive(BinaryPrimitives.ReadUInt16LittleEndian(b[26..]) & 0x3FFF, BinaryPrimitives.ReadUInt16LittleEndian(b[28..]) & 0x3FFF);
        return null;
    }

    /// <summary>Walks the JPEG markers to the first start-of-frame, which holds the size.</summary>
    private static ImageSize? Jpeg(ReadOnlySpan<byte> b)
    {
        if (b.Length < 4 || b[0] != 0xFF || b[1] != 0xD8) return null;
        var i = 2;
        while (i + 9 < b.Length)
        {
            if (b[i] != 0xFF) return null;
            var marker = b[i + 1];
            if (marker == 0xFF) { i++; continue; }
            // SOF0–SOF15 carry the frame size; C4 (DHT), C8 (JPG) and CC (DAC) share the range but do not.
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
                return Positive(BinaryPrimitives.ReadUInt16BigEndian(b[(i + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(b[(i + 5)..]));
            i += 2 + BinaryPrimitives.ReadUInt16BigEndian(b[(i + 2)..]);
        }
        return null;
    }

    /// <summary>width and height in pixels (or unitless) on the root; otherwise the viewBox's size.</summary>
    private static ImageSize? Svg(string file)
    {
        using var reader = XmlReader.Create(file, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null });
        if (reader.MoveToContent() != XmlNodeType.Element || reader.LocalName != "svg") return null;
        var width = Pixels(reader.GetAttribute("width"));
        var height = Pixels(reader.GetAttribute("height"));
        var box = (reader.GetAttribute("viewBox") ?? "").Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        double? boxWidth = null, boxHeight = null;
        if (box.Length == 4 && Number(box[2]) is { } w && Number(box[3]) is { } h && w > 0 && h > 0) (boxWidth, boxHeight) = (w, h);

        // One stated side and a viewBox give the other side by the picture's proportions.
        if (width is null && height is not null && boxWidth is not null) width = height * boxWidth / boxHeight;
        if (height is null && width is not null && boxWidth is not null) height = width * boxHeight / boxWidth;
        width ??= boxWidth;
        height ??= boxHeight;
        return width is { } fw && height is { } fh ? Positive((int)Math.Round(fw), (int)Math.Round(fh)) : null;
    }

    /// <summary>"120", "120px" or "120.5" → 120.5; percentages and other units say nothing about pixels.</summary>
    private static double? Pixels(string? value)
    {
        if (value is null) return null;
        var v = value.Trim();
        if (v.EndsWith("px", StringComparison.OrdinalIgnoreCase)) v = v[..^2];
        return Number(v) is > 0 and var n ? n : null;
    }

    private static double? Number(string s) =>
        double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static ImageSize? Positive(int width, int height) => width > 0 && height > 0 ? new ImageSize(width, height) : null;
}
