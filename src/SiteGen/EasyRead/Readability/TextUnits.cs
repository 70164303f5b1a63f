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

    public static IReadOnlyList<WordSpan> Words(string text) =>
        Word().Matches(text).Select(m => new WordSpan(m.Value, m.Index)).ToList();

    public static IReadOnlyList<SentenceSpan> Sentences(string text)
    {
        var result = new List<SentenceSpan>();
        var start = 0;
        foreach (Match end in SentenceEnd().Matches(text))
        {
            var stop = end.Index + end.Length;
            var lastWord = LastToken().Match(text[start..stop]).Value;
            if (NonFinalAbbreviations.Contains(lastWord)) continue;
            Add(result, text, start, stop);
            start = stop;
        }
        Add(result, text, start, text.Length);
        return result;
    }

    private static void Add(List<SentenceSpan> result, string text, int start, int stop)
    {
        var piece = text[start..stop];
        var trimmed = piece.TrimStart();
        var index = start + piece.Length - trimmed.Length;
        trimmed = trimmed.TrimEnd();
        if (Word().IsMatch(trimmed)) result.Add(new SentenceSpan(trimmed, index));
    }

    [GeneratedRegex(@"[\p{L}\p{M}\p{N}]+(?:['’\-‐,.][\p{L}\p{M}\p{N}]+)*")]
    private static partial Regex Word();

    // The end mark and any closing quotes or brackets, when a new sentence or the end follows.
    [GeneratedRegex(@"[.!?۔؟।]+[""'”’)\]]*(?=\s+[""'“‘(\[]?[\p{Lu}\p{Lo}\p{N}]|\s*$)")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\S+$")]
    private static partial Regex LastToken();
}
