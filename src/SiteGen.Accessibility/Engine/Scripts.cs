using System.Text;
using AngleSharp.Dom;

namespace SiteGen.Accessibility;

/// <summary>Writing-system and emoji tests on text, by Unicode block (no CultureInfo needed).</summary>
public static class Scripts
{
    /// <summary>True for letters in the Arabic script blocks (Arabic, Urdu, Persian ...).</summary>
    public static bool IsArabic(int c) =>
        c is >= 0x0600 and <= 0x06FF or >= 0x0750 and <= 0x077F or >= 0x08A0 and <= 0x08FF
            or >= 0xFB50 and <= 0xFDFF or >= 0xFE70 and <= 0xFEFF;

    /// <summary>True for the Bengali script block (Bengali, Assamese).</summary>
    public static bool IsBengali(int c) => c is >= 0x0980 and <= 0x09FF;

    /// <summary>True for pictographic emoji and the joiners, selectors and skin tones that build them.</summary>
    public static bool IsEmoji(int c) =>
        c is >= 0x1F000 and <= 0x1FAFF      // pictographs, emoticons, transport, flags, supplemental symbols
            or >= 0x2600 and <= 0x27BF      // miscellaneous symbols and dingbats (☀ ✅ ❤)
            or >= 0x2B00 and <= 0x2BFF      // ⭐ ⬆
            or >= 0x2300 and <= 0x23FF      // ⌚ ⏰
            or 0x200D or 0xFE0F or 0x20E3 or 0x3030 or 0x303D
            or >= 0xE0020 and <= 0xE007F;   // tag sequences (regional flags)

    /// <summary>True when the text has a character in the blocks <see cref="IsArabic"/> or <see cref="IsBengali"/> look at (a superset of them).</summary>
    /// <remarks>Two vectorised scans: text in Latin script, nearly every run of an English or Welsh page, has none,
    /// and then needs no counting of Arabic or Bengali letters rune by rune.</remarks>
    public static bool MayHaveArabicOrBengali(string text) =>
        text.AsSpan().IndexOfAnyInRange('\u0600', '\u09FF') >= 0 || text.AsSpan().IndexOfAnyInRange('\uFB50', '\uFEFF') >= 0;

    /// <summary>Counts the characters of a text that satisfy the test.</summary>
    public static int Count(string text, Func<int, bool> test)
    {
        var n = 0;
        foreach (var rune in text.EnumerateRunes())
            if (test(rune.Value)) n++;
        return n;
    }

    /// <summary>Lower-cases, drops punctuation, symbols and arrows, and collapses spaces: "Read more →" becomes "read more".</summary>
    public static string Normalise(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
            else if (char.IsWhiteSpace(c) || c is '-' or '\'' or '’') sb.Append(' ');
        }
        return Dom.Collapse(sb.ToString());
    }

    /// <summary>Visible text nodes under the body, each with its parent element (scripts, styles and hidden subtrees skipped).</summary>
    public static IEnumerable<(IElement Parent, string Text)> TextRuns(IDocument document)
    {
        if (document.Body is null) yield break;
        var stack = new Stack<IElement>();
        stack.Push(document.Body);
        while (stack.Count > 0)
        {
            var e = stack.Pop();
            if (Dom.IsSelfHidden(e)) continue;
            var children = e.ChildNodes;
            // Push in reverse so elements come out in document order.
            for (var i = children.Length - 1; i >= 0; i--)
                if (children[i] is IElement child) stack.Push(child);
            foreach (var node in children)
                if (node is IText { Data.Length: > 0 } t && !string.IsNullOrWhiteSpace(t.Data))
                    yield return (e, t.Data);
        }
    }
}
