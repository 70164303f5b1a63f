using System.Text;
using SiteGen.Content;

namespace SiteGen.Tests;

public class TextDecoderTests
{
    private const string Welsh = "---\ntitle: Croeso i’r digwyddiad\n---\nDŵr a thân — ‘hwyl’\n";

    [Fact]
    public void Utf8_without_a_bom_is_read()
    {
        var (text, badLine) = TextDecoder.Decode(Encoding.UTF8.GetBytes(Welsh));

        Assert.Equal(Welsh, text);
        Assert.Equal(0, badLine);
    }

    [Fact]
    public void Utf8_with_a_bom_is_read_without_the_bom()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(Welsh)).ToArray();

        var (text, _) = TextDecoder.Decode(bytes);

        Assert.Equal(Welsh, text);
    }

    [Fact]
    public void Utf16_little_endian_with_a_bom_is_read()
    {
        var bytes = new byte[] { 0xFF, 0xFE }.Concat(Encoding.Unicode.GetBytes(Welsh)).ToArray();

        var (text, _) = TextDecoder.Decode(bytes);

        Assert.Equal(Welsh, text);
    }

    [Fact]
    public void Utf16_big_endian_with_a_bom_is_read()
    {
        var bytes = new byte[] { 0xFE, 0xFF }.Concat(Encoding.BigEndianUnicode.GetBytes(Welsh)).ToArray();

        var (text, _) = TextDecoder.Decode(bytes);

        Assert.Equal(Welsh, text);
    }

    [Fact]
    public void Invalid_utf8_is_null_with_the_line_of_the_bad_byte()
    {
        var bytes = Encoding.UTF8.GetBytes("---\ntitle: A\n---\ncaf").Concat(new byte[] { 0xE9 }).Concat(Encoding.UTF8.GetBytes(" au lait\n")).ToArray();

        var (text, badLine) = TextDecoder.Decode(bytes);

        Assert.Null(text);
        Assert.Equal(4, badLine);
    }

    [Fact]
    public void Invalid_utf8_on_the_first_line_is_line_1()
    {
        var (text, badLine) = TextDecoder.Decode([0x41, 0xFF, 0x0A, 0x42]);

        Assert.Null(text);
        Assert.Equal(1, badLine);
    }

    [Fact]
    public void Invalid_utf8_after_a_bom_reports_the_right_line()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("a\nb\n")).Concat(new byte[] { 0xC3, 0x28 }).ToArray();

        var (text, badLine) = TextDecoder.Decode(bytes);

        Assert.Null(text);
        Assert.Equal(3, badLine);
    }

    [Fact]
    public void Crlf_line_endings_become_lf()
    {
        var (text, _) = TextDecoder.Decode(Encoding.UTF8.GetBytes("---\r\ntitle: A\r\n---\r\nBody\r\n"));

        Assert.Equal("---\ntitle: A\n---\nBody\n", text);
    }

    [Fact]
    public void Cr_line_endings_become_lf()
    {
        var (text, _) = TextDecoder.Decode(Encoding.UTF8.GetBytes("---\rtitle: A\r---\rBody\r"));

        Assert.Equal("---\ntitle: A\n---\nBody\n", text);
    }

    [Fact]
    public void Crlf_line_endings_in_utf16_become_lf()
    {
        var bytes = new byte[] { 0xFF, 0xFE }.Concat(Encoding.Unicode.GetBytes("---\r\ntitle: A\r\n---\r\nBody\r\n")).ToArray();

        var (text, _) = TextDecoder.Decode(bytes);

        Assert.Equal("---\ntitle: A\n---\nBody\n", text);
    }

    [Fact]
    public void Invalid_utf8_in_a_file_with_cr_line_endings_reports_the_right_line()
    {
        var bytes = Encoding.UTF8.GetBytes("a\rb\rc").Concat(new byte[] { 0xFF }).ToArray();

        var (text, badLine) = TextDecoder.Decode(bytes);

        Assert.Null(text);
        Assert.Equal(3, badLine);
    }

    [Fact]
    public void Invalid_utf8_in_a_file_with_crlf_line_endings_reports_the_right_line()
    {
        var bytes = Encoding.UTF8.GetBytes("a\r\nb\r\nc").Concat(new byte[] { 0xFF }).ToArray();

        var (_, badLine) = TextDecoder.Decode(bytes);

        Assert.Equal(3, badLine);
    }

    [Fact]
    public void An_unpaired_surrogate_in_utf16_is_not_valid_text()
    {
        // "a\n" then a lone high surrogate (D800) on line 2.
        byte[] bytes = [0xFF, 0xFE, 0x61, 0x00, 0x0A, 0x00, 0x00, 0xD8, 0x62, 0x00];

        var (text, badLine) = TextDecoder.Decode(bytes);

        Assert.Null(text);
        Assert.Equal(2, badLine);
    }
}
