using System.Text;

namespace SiteGen.Content;

/// <summary>Reads a source file's bytes as text: UTF-8 (with or without BOM) or UTF-16 with a BOM.</summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The decoded text, or null with the 1-based line of the first byte that is not valid UTF-8.</summary>
    public static (string? Text, int BadLine) Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return (Encoding.Unicode.GetString(bytes[2..]), 0);
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return (Encoding.BigEndianUnicode.GetString(bytes[2..]), 0);

        try
        {
            return (Normalise(StrictUtf8.GetString(bytes)), 0);
        }
        catch (DecoderFallbackException e)
        {
            var index = Math.Clamp(e.Index, 0, bytes.Length);
            // The exception's index is into the bytes; count the newlines before it for the line.
            var line = 1 + bytes[..FirstInvalid(bytes, index)].Count((byte)'\n');
            return (null, line);
        }
    }

    /// <summary>Windows (CRLF) and old Mac (CR) line endings become LF, so line numbers agree everywhere.</summary>
    private static string Normalise(string text) =>
        text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;

    private static int FirstInvalid(ReadOnlySpan<byte> bytes, int hint)
    {
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out var read, out _, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.InvalidData ? read : Math.Min(hint, bytes.Length);
    }
}
