using System.Text;

namespace SiteGen.Content;

/// <summary>Reads a source file's bytes as text: UTF-8 (with or without BOM) or UTF-16 with a BOM.</summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16Le = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16Be = new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    /// <summary>The decoded text with LF line endings, or null with the 1-based line of the first bytes that are not valid text.</summary>
    public static (string? Text, int BadLine) Decode(ReadOnlySpan<byte> bytes)
    {
        Encoding encoding = StrictUtf8;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            bytes = bytes[2..];
            encoding = StrictUtf16Le;
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            bytes = bytes[2..];
            encoding = StrictUtf16Be;
        }

        try
        {
            return (Normalise(encoding.GetString(bytes)), 0);
        }
        catch (DecoderFallbackException)
        {
            // The valid text before the first bad bytes tells which line they are on.
            var good = encoding == StrictUtf8 ? ValidUtf8Prefix(bytes) : ValidUtf16Prefix(bytes, encoding == StrictUtf16Be);
            return (null, 1 + Normalise(encoding.GetString(bytes[..good])).Count(c => c == '\n'));
        }
    }

    /// <summary>
    /// The 1-based line of the first NUL byte of a file without a UTF-16 byte order mark, or null.
    /// Text never holds NUL, while pictures, Word documents and UTF-16 without a BOM do, and all of
    /// these can be valid UTF-8 byte for byte.
    /// </summary>
    public static int? FirstNulLine(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return null;
        var nul = bytes.IndexOf((byte)0);
        return nul < 0 ? null : 1 + bytes[..nul].Count((byte)'\n');
    }

    /// <summary>True when every other byte of the start is NUL, as in ASCII text saved as UTF-16 without a BOM.</summary>
    public static bool LooksLikeUtf16WithoutBom(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..(Math.Min(bytes.Length, 200) & ~1)];
        if (sample.Length < 4) return false;
        int evenNuls = 0, oddNuls = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            if (sample[i] == 0) evenNuls++;
            if (sample[i + 1] == 0) oddNuls++;
        }
        var pairs = sample.Length / 2;
        return (evenNuls == pairs) != (oddNuls == pairs);
    }

    /// <summary>Windows (CRLF) and old Mac (CR) line endings become LF, so line numbers agree everywhere.</summary>
    private static string Normalise(string text) =>
        text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;

    private static int ValidUtf8Prefix(ReadOnlySpan<byte> bytes)
    {
        System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out var read, out _, replaceInvalidSequences: false);
        return read;
    }

    /// <summary>Length in bytes of the UTF-16 text before the first unpaired surrogate or odd trailing byte.</summary>
    private static int ValidUtf16Prefix(ReadOnlySpan<byte> bytes, bool bigEndian)
    {
        var i = 0;
        while (i + 1 < bytes.Length)
        {
            var unit = Unit(bytes, i, bigEndian);
            if (char.IsHighSurrogate(unit))
            {
                if (i + 3 >= bytes.Length || !char.IsLowSurrogate(Unit(bytes, i + 2, bigEndian))) return i;
                i += 4;
            }
            else if (char.IsLowSurrogate(unit)) return i;
            else i += 2;
        }
        return i;
    }

    private static char Unit(ReadOnlySpan<byte> bytes, int i, bool bigEndian) =>
        (char)(bigEndian ? bytes[i] << 8 | bytes[i + 1] : bytes[i + 1] << 8 | bytes[i]);
}
