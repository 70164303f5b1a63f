using System.Globalization;
using System.Text.RegularExpressions;

namespace SiteGen.EasyRead.Readability;

/// <summary>A word of a text and where it starts in that text.</summary>
public readonly record struct WordSpan(string Text, int Index);

/// <summary>A sentence of a text and where it starts in that text.</summary>
public readonly record struct SentenceSpan(string Text, int Index);

/// <summary>
/// Splits text into sentences and words. A word is a run of letters, marks and digits, with inner
/// apostrophes and hyphens (don't, tick-box, 8,000 is one word). A sentence ends at . ! or ? (after any
/// closing quote or bracket) followed by a space and a capital letter, a digit or a quote, or by the
/// end of the text; Urdu and Arabic ۔ and ؟ and Bengali । end sentences too, before a letter of a script without capitals; "e.g.", "i.e.", "etc." and titles such as "Dr." do not end one.
/// </summary>
public static partial class TextUnits
{
    private static readonly HashSet<string> NonFinalAbbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "e.g.", "i.e.", "etc.", "mr.", "mrs.", "ms.", "dr.", "st.", "no.", "approx.", "vs.",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NonFinalAbbreviationsBySpan =
        NonFinalAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The words of <paramref name="text"/>, in order.</summary>
    public static IReadOnlyList<WordSpan> Words(string text)
    {
        var words = new List<WordSpan>();
        foreach (var word in EachWord(text)) words.Add(word);
        return words;
    }

    /// <summary>The words of <paramref name="text"/>, in order, without a list of them.</summary>
    /// <remarks>A scan rather than a regex: every word of every page goes through here. It finds what
    /// <c>[\p{L}\p{M}\p{N}]+(?:['’\-‐,.][\p{L}\p{M}\p{N}]+)*</c> finds, one UTF-16 unit at a time as the regex reads it.</remarks>
    public static WordEnumerator EachWord(string text) => new(text);

    /// <summary>Steps through the words of a text; see <see cref="EachWord"/>.</summary>
    public struct WordEnumerator(string text)
    {
        private int next;

        public WordSpan Current { get; private set; }

        public readonly WordEnumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            var i = next;
            while (i < text.Length && !IsWordChar(text[i])) i++;
            if (i == text.Length) return false;
            var start = i;
            while (true)
            {
                while (i < text.Length && IsWordChar(text[i])) i++;
                // A joiner continues the word only when a word character follows it.
                if (i + 1 < text.Length && IsJoiner(text[i]) && IsWordChar(text[i + 1])) i++;
                else break;
            }
            Current = new WordSpan(text[start..i], start);
            next = i;
            return true;
        }
    }

    /// <summary>A letter, mark or number: the regex classes \p{L}, \p{M} and \p{N}.</summary>
    private static bool IsWordChar(char c)
    {
        if (char.IsAsciiLetterOrDigit(c)) return true;
        if (c < 0x80) return false;
        return char.GetUnicodeCategory(c) is >= UnicodeCategory.UppercaseLetter and <= UnicodeCategory.OtherNumber;
    }

    private static bool IsJoiner(char c) => c is '\'' or '’' or '-' or '‐' or ',' or '.';

    public static IReadOnlyList<SentenceSpan> Sentences(string text)
    {
        var result = new List<SentenceSpan>();
        var start = 0;
        // Enumerated as value matches: a Match object for each sentence end is not needed, only where it stops.
        foreach (var end in SentenceEnd().EnumerateMatches(text))
        {
            var stop = end.Index + end.Length;
            if (NonFinalAbbreviationsBySpan.Contains(LastToken(text.AsSpan(start, stop - start)))) continue;
            Add(result, text, start, stop);
            start = stop;
        }
        Add(result, text, start, text.Length);
        return result;
    }

    private static void Add(List<SentenceSpan> result, string text, int start, int stop)
    {
        // Trimmed as a slice, so only a sentence that is kept becomes a string.
        var piece = text.AsSpan(start, stop - start);
        var trimmed = piece.TrimStart();
        var index = start + piece.Length - trimmed.Length;
        trimmed = trimmed.TrimEnd();
        // A sentence has a word when it has a word character: every such character starts or is part of one.
        if (HasWordChar(trimmed)) result.Add(new SentenceSpan(trimmed.ToString(), index));
    }

    private static bool HasWordChar(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
            if (IsWordChar(c)) return true;
        return false;
    }

    // The end mark and any closing quotes or brackets, when a new sentence or the end follows.
    [GeneratedRegex(@"[.!?۔؟।]+[""'”’)\]]*(?=\s+[""'“‘(\[]?[\p{Lu}\p{Lo}\p{N}]|\s*$)")]
    private static partial Regex SentenceEnd();

    /// <summary>The run of characters after the last white space (what <c>\S+$</c> matches), for text that does not end in white space.</summary>
    private static ReadOnlySpan<char> LastToken(ReadOnlySpan<char> text)
    {
        var start = text.Length;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1])) start--;
        return text[start..];
    }
}
