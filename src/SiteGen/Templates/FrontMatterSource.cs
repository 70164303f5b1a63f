using SiteGen.Content.Markdown;

namespace SiteGen.Templates;

/// <summary>
/// Where a page's front matter was written, so a layout can mark what it shows of it:
/// <c>&lt;h1 data-md-pos="@Model.From("title")"&gt;</c>. A check that finds a problem in a marked element reports it at
/// that key's line of the markdown file, where the writer can fix it, not in the layout; the marks are not published.
/// </summary>
/// <param name="KeyLines">The line of each key, a block's keys as "event.location" (front matter's KeyLines).</param>
public sealed record FrontMatterSource(string File, IReadOnlyDictionary<string, int> KeyLines)
{
    /// <summary>
    /// The <c>data-md-pos</c> value for what comes from <paramref name="key"/>; a key of a block ("event.location")
    /// that was not written falls back to its block's line. Null when the key was not written at all: Razor then leaves
    /// the attribute out.
    /// </summary>
    public string? Mark(string key)
    {
        for (var k = key; ; k = k[..k.LastIndexOf('.')])
        {
            if (KeyLines.TryGetValue(k, out var line)) return MarkdownRenderer.Position(line, 1, File);
            if (!k.Contains('.')) return null;
        }
    }
}
