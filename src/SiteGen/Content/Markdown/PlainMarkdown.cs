using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SiteGen.Content.Markdown;

/// <summary>
/// Tells, from a page's syntax tree, that its HTML holds nothing <see cref="RawHtmlSanitizer"/> would remove:
/// no raw HTML, no attribute an author wrote beyond an id or a class, no column alignment (an inline style),
/// and only addresses that are relative or http, https, mailto or tel. Such a page needs no sanitising,
/// which would parse and write out its whole body again to change nothing.
/// </summary>
/// <remarks>Everything else goes through the sanitizer as before: a "no" here costs only the sanitising.</remarks>
public static class PlainMarkdown
{
    // The attributes SiteGen itself adds to markdown (positions, reported links, picture sizes).
    private static readonly HashSet<string> OwnAttributes =
        new(StringComparer.Ordinal) { MarkdownRenderer.PositionAttribute, MarkdownRenderer.ReportedAttribute, "width", "height" };

    /// <summary>True when the rendered <paramref name="document"/> cannot contain anything unsafe; call it after links are resolved.</summary>
    public static bool IsSafe(MarkdownDocument document)
    {
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case HtmlBlock or HtmlInline:
                    return false;
                case LinkInline link when !IsPlainAddress(link.Url):
                    return false;
                case AutolinkInline autolink when !IsPlainAddress(autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url):
                    return false;
                case Table table when table.ColumnDefinitions.Exists(c => c.Alignment is not null || c.Width != 0):
                    return false;
            }
            if (node.TryGetAttributes()?.Properties is { } properties)
                foreach (var property in properties)
                    if (!OwnAttributes.Contains(property.Key)) return false;
        }
        return true;
    }

    /// <summary>
    /// A relative address, or an absolute one with an allowed scheme, of printable ASCII with nothing that
    /// quoting or parsing could change: the sanitizer keeps such an address as it is.
    /// </summary>
    internal static bool IsPlainAddress(string? url)
    {
        if (string.IsNullOrEmpty(url)) return false;
        foreach (var c in url)
            if (c is <= ' ' or >= '\x7f' or '"' or '\'' or '<' or '>' or '\\' or '`') return false;
        var end = url.AsSpan().IndexOfAny(":/?#");
        if (end < 0 || url[end] != ':') return true; // no scheme: a path, a query or a fragment
        var scheme = url.AsSpan(0, end);
        return (scheme is "https" or "http" && url.AsSpan(end).StartsWith("://")) || scheme is "mailto" or "tel";
    }
}
