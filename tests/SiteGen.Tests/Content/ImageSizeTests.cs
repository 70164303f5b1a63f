using SiteGen.Content.Images;

namespace SiteGen.Tests.Content;

public sealed class ImageSizeTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private ImageSize? Read(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder.Path, name);
        File.WriteAllBytes(path, bytes);
        return ImageSize.Read(path);
    }

    private ImageSize? ReadSvg(string svg) => Read("picture.svg", System.Text.Encoding.UTF8.GetBytes(svg));

    /// <summary>A 1×1 PNG's header with the size fields set, as an encoder writes them.</summary>
    public static byte[] Png(int width, int height)
    {
        byte[] bytes = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R', 0, 0, 0, 0, 0, 0, 0, 0, 8, 6, 0, 0, 0];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(16), width);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(20), height);
        return bytes;
    }

    [Fact]
    public void Png_size_comes_from_the_IHDR_chunk() =>
        Assert.Equal(new ImageSize(640, 480), Read("a.png", Png(640, 480)));

    [Fact]
    public void Gif_size_comes_from_the_screen_descriptor() =>
        Assert.Equal(new ImageSize(300, 2), Read("a.gif", [(byte)'G', (byte)'I', (byte)'F', (byte)'8', (byte)'9', (byte)'a', 0x2C, 0x01, 0x02, 0x00, 0, 0, 0]));

    [Fact]
    public void Jpeg_size_comes_from_the_start_of_frame_after_other_segments()
    {
        byte[] jpeg =
        [
            0xFF, 0xD8,                                     // start of image
            0xFF, 0xE0, 0x00, 0x06, 0x4A, 0x46, 0x49, 0x46, // APP0, 4 bytes of payload
            0xFF, 0xC4, 0x00, 0x04, 0x00, 0x00,             // DHT: in the SOF range but not a frame
            0xFF, 0xC2, 0x00, 0x0B, 0x08, 0x01, 0xE0, 0x02, 0x80, 0x03, 0x01, 0x22, 0x00, // SOF2: 480 high, 640 wide
            0xFF, 0xD9,
        ];
        Assert.Equal(new ImageSize(640, 480), Read("a.jpg", jpeg));
    }

    [Fact]
    public void Webp_lossless_size_comes_from_its_bit_header()
    {
        var bytes = new byte[32];
        "RIFF"u8.CopyTo(bytes); "WEBP"u8.CopyTo(bytes.AsSpan(8)); "VP8L"u8.CopyTo(bytes.AsSpan(12));
        bytes[20] = 0x2F;
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(21), (uint)((200 - 1) | (100 - 1) << 14));
        Assert.Equal(new ImageSize(200, 100), Read("a.webp", bytes));
    }

    [Fact]
    public void Svg_width_and_height_in_pixels_give_the_size() =>
        Assert.Equal(new ImageSize(120, 80), ReadSvg("<svg xmlns='http://www.w3.org/2000/svg' width='120px' height='80'/>"));

    [Fact]
    public void Svg_without_width_and_height_takes_the_viewbox_size() =>
        Assert.Equal(new ImageSize(400, 300), ReadSvg("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 400 300'/>"));

    [Fact]
    public void Svg_with_one_side_takes_the_other_from_the_viewbox_proportions() =>
        Assert.Equal(new ImageSize(200, 150), ReadSvg("<svg xmlns='http://www.w3.org/2000/svg' width='200' viewBox='0 0 400 300'/>"));

    [Fact]
    public void Svg_sized_in_percent_without_a_viewbox_has_no_known_size() =>
        Assert.Null(ReadSvg("<svg xmlns='http://www.w3.org/2000/svg' width='100%' height='100%'/>"));

    [Fact]
    public void A_file_in_no_known_format_has_no_known_size() =>
        Assert.Null(Read("notes.png", "not a picture"u8.ToArray()));

    [Fact]
    public void A_missing_file_has_no_known_size() =>
        Assert.Null(ImageSize.Read(Path.Combine(_folder.Path, "missing.png")));

    public void Dispose() => _folder.Dispose();
}
