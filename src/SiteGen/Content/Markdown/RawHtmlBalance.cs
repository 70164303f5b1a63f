using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Diagnostics;

namespace SiteGen.Content.Markdown;

/// <summary>
/// Finds raw HTML in markdown whose tags do not pair up (an unclosed &lt;div&gt;, a stray &lt;/span&gt;).
/// Browsers repair such HTML silently and differently, which can swallow the rest of the page
/// into a link or a hidden element, so each one is reported at its markdown line.
/// </summary>
public static partial class RawHtmlBalance
{
    // Elements whose end tag HTML allows to be left out, and void elements, never need pairing.
    private static readonly HashSet<string> Unpaired = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
        "p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "option", "optgroup", "colgroup", "caption", "rb", "rt", "rp",
    };

    public static void Check(MarkdownDocument document, string file, int firstLine, DiagnosticBag diagnostics)
    {
        var open = new Stack<(string Name, int Line, int Column)>();
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case HtmlBlock block:
                    var lines = block.Lines;
                    for (var i = 0; i < lines.Count; i++)
                        Scan(lines.Lines[i].Slice.ToString(), block.Line + i + firstLine, 1, open, file, diagnostics);
                    break;
                case HtmlInline inline:
                    Scan(inline.Tag, inline.Line + firstLine, inline.Column + 1, open, file, diagnostics);
                    break;
            }
        }
        foreach (var (name, line, column) in open)
            diagnostics.Error(Codes.UnbalancedHtml,
                $"<{name}> is opened here but never closed. Add </{name}> where it should end; browsers otherwise guess, and may hide or link the rest of the page.",
                new SourceLocation(file, line, column));
    }

    private static void Scan(string html, int line, int columnBase, Stack<(string, int, int)> open, string file, DiagnosticBag diagnostics)
    {
        foreach (Match tag in Tag().Matches(html))
        {
            var name = tag.Groups["name"].Value.ToLowerInvariant();
            if (Unpaired.Contains(name) || tag.Groups["self"].Success) continue;
            var column = columnBase + tag.Index;
            if (!tag.Groups["end"].Success)
            {
                open.Push((name, line, column));
                continue;
            }
            if (open.Any(o => o.Item1 == name))
            {
                // Close up to the matching start tag; anything opened inside it and left open is reported.
                while (open.Pop() is var (inner, l, c) && inner != name)
                    diagnostics.Error(Codes.UnbalancedHtml,
                        $"<{inner}> is not closed before </{name}>. Add </{inner}> before </{name}>.", new SourceLocation(file, l, c));
            }
            else
                diagnostics.Error(Codes.UnbalancedHtml,
                    $"</{name}> closes an element that was never opened. Remove it, or add the <{name}> it belongs to.", new SourceLocation(file, line, column));
        }
    }

    // A quoted attribute value may hold "<" or ">": title="a <b c" is part of its tag, not a tag of its own.
    [GeneratedRegex(@"<(?<end>/)?(?<name>[a-zA-Z][a-zA-Z0-9-]*)(?:\s(?:[^<>""']|""[^""]*""|'[^']*')*?)?(?<self>/)?>")]
    private static partial Regex Tag();
}
