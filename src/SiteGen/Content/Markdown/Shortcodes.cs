using System.Text.RegularExpressions;
using Markdig.Syntax;
using SiteGen.Diagnostics;

namespace SiteGen.Content.Markdown;

/// <summary>
/// Finds Hugo shortcodes (<c>{{&lt; youtube abc &gt;}}</c>, <c>{{% notice %}}</c>) left in the text of a page moved
/// from Hugo. SiteGen does not run them, so each would be published as typed: a warning at its line names it and says
/// what to write instead. Shortcodes shown in code (a code block or between backticks) are examples, and pass.
/// </summary>
public static partial class Shortcodes
{
    private const string VideoAdvice =
        "link to the video with words that say what it is, e.g. "
        + "[Watch the talk on YouTube](https://www.youtube.com/watch?v=...), "
        + "or embed it with an <iframe> from a host listed under embedHosts: in site.yml";
    private const string PostAdvice =
        "link to it with words that say what it is, e.g. [Our post about the event](https://...)";
    private const string NoteAdvice =
        "write it as an ordinary paragraph that starts with a word in bold: **Note:** Mind the step";

    // What to write instead of the shortcodes Hugo ships and the ones themes commonly add.
    private static readonly Dictionary<string, string> Instead = new(StringComparer.OrdinalIgnoreCase)
    {
        ["youtube"] = VideoAdvice, ["vimeo"] = VideoAdvice, ["video"] = VideoAdvice,
        ["tweet"] = PostAdvice, ["x"] = PostAdvice, ["twitter"] = PostAdvice, ["instagram"] = PostAdvice,
        ["gist"] = PostAdvice,
        ["figure"] = "write the picture in markdown: ![what the picture shows](/images/photo.jpg)",
        ["ref"] = "link to the page's markdown file: [words that say where the link goes](other-post.md)",
        ["relref"] = "link to the page's markdown file: [words that say where the link goes](other-post.md)",
        ["highlight"] = "put the code between two lines of three backticks (```)",
        ["notice"] = NoteAdvice, ["note"] = NoteAdvice, ["warning"] = NoteAdvice, ["tip"] = NoteAdvice,
        ["info"] = NoteAdvice, ["alert"] = NoteAdvice, ["callout"] = NoteAdvice, ["hint"] = NoteAdvice,
    };

    /// <summary>Reports each opening shortcode in <paramref name="markdown"/>, parsed as <paramref name="document"/>.</summary>
    public static void Check(MarkdownDocument document, string markdown, string file, int firstLine,
        DiagnosticBag diagnostics)
    {
        if (!markdown.Contains("{{", StringComparison.Ordinal)) return;
        var code = document.Descendants<CodeBlock>().Select(b => (b.Span.Start, b.Span.End)).ToList();
        foreach (Match m in Shortcode().Matches(markdown))
        {
            if (m.Groups["close"].Success || code.Any(c => m.Index >= c.Start && m.Index <= c.End)) continue;
            var lineStart = m.Index == 0 ? 0 : markdown.LastIndexOf('\n', m.Index - 1) + 1;
            // Between backticks on its line: shown as code.
            if (markdown.AsSpan(lineStart, m.Index - lineStart).Count('`') % 2 == 1) continue;
            var line = firstLine + markdown.AsSpan(0, lineStart).Count('\n');
            var name = m.Groups["name"].Value;
            var advice = Instead.GetValueOrDefault(name, "replace it with the markdown or the words it stood for");
            diagnostics.Warning(Codes.ShortcodeLeftInText,
                $"\"{Quoted(m.Value)}\" is a Hugo shortcode ({name}), which SiteGen does not run: "
                + $"it would be published as typed. Instead, {advice}.",
                new SourceLocation(file, line, m.Index - lineStart + 1));
        }
    }

    private static string Quoted(string shortcode) => shortcode.Length <= 60 ? shortcode : shortcode[..57] + "...";

    [GeneratedRegex(@"\{\{[<%]\s*(?<close>/)?\s*(?<name>[\w./-]+)[^\n]*?[>%]\}\}")]
    private static partial Regex Shortcode();
}
