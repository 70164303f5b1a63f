using System.Text;

namespace SiteGen.Multilingual.Checks;

/// <summary>One declaration of a stylesheet, with the selector (or at-rule) of the block it is in and its line.</summary>
/// <param name="Block">Numbers the blocks of the stylesheet, so declarations of one block (one @font-face) can be told from another's.</param>
public sealed record CssDeclaration(string Selector, string Property, string Value, int Line, int Block);

/// <summary>Reads a stylesheet's declarations with their lines: enough for rules that look at property names and values.</summary>
public static class CssDeclarations
{
    public static IReadOnlyList<CssDeclaration> Read(string css)
    {
        var text = WithoutComments(css);
        var result = new List<CssDeclaration>();
        var selectors = new Stack<(string Selector, int Block)>();
        var blocks = 0;
        var start = 0;
        var line = 1;
        var segmentLine = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n') line++;
            if (c is not ('{' or '}' or ';')) continue;
            var segment = text[start..i];
            var lead = segment.Length - segment.TrimStart().Length;
            var at = segmentLine + segment[..lead].Count(ch => ch == '\n');
            if (c == '{')
                selectors.Push((segment.Trim(), ++blocks));
            else
            {
                var colon = segment.IndexOf(':');
                // Declarations belong to style rules and @font-face; @media and the like hold rules, not declarations.
                if (colon > 0 && selectors.TryPeek(out var block) && (!block.Selector.StartsWith('@') || block.Selector.StartsWith("@font-face", StringComparison.Ordinal)))
                    result.Add(new CssDeclaration(block.Selector, segment[..colon].Trim().ToLowerInvariant(), segment[(colon + 1)..].Trim(), at, block.Block));
                if (c == '}' && selectors.Count > 0) selectors.Pop();
            }
            start = i + 1;
            segmentLine = line;
        }
        return result;
    }

    // Comments become spaces (newlines kept), so lines stay where they were.
    private static string WithoutComments(string css)
    {
        var sb = new StringBuilder(css.Length);
        for (var i = 0; i < css.Length; i++)
        {
            if (css[i] == '/' && i + 1 < css.Length && css[i + 1] == '*')
            {
                var end = css.IndexOf("*/", i + 2, StringComparison.Ordinal);
                end = end < 0 ? css.Length : end + 2;
                for (var j = i; j < end; j++) sb.Append(css[j] == '\n' ? '\n' : ' ');
                i = end - 1;
                continue;
            }
            sb.Append(css[i]);
        }
        return sb.ToString();
    }
}
