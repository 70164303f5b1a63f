using AngleSharp.Dom;
using Ganss.Xss;
using SiteGen.Diagnostics;

namespace SiteGen.Content.Markdown;

/// <summary>
/// Removes from a page's rendered body what could run code or break the theme: scripts, event
/// handlers, javascript: and data: URLs (data: images excepted), styles, and iframes from hosts
/// site.yml does not allow. Each removal is a warning at the markdown line it came from, so the
/// author learns what will not be published.
/// </summary>
public sealed class RawHtmlSanitizer
{
    private static readonly string[] ExtraTags =
        ["iframe", "figure", "figcaption", "details", "summary", "time", "bdi", "bdo", "abbr", "video", "audio", "source", "track", "section", "aside", "mark", "picture", "svg", "path", "rect", "circle"];

    private static readonly string[] ExtraAttributes =
    [
        "role", "tabindex", "aria-label", "aria-labelledby", "aria-describedby", "aria-hidden", "aria-current", "lang", "dir", "id", "class",
        "hreflang", "datetime", "title", "abbr", "scope", "headers", "colspan", "rowspan", "start", "reversed", "type", "loading", "decoding",
        "width", "height", "allow", "allowfullscreen", "referrerpolicy", "controls", "kind", "srclang", "label", "open", "cite", "target", "rel",
        "viewBox", "viewbox", "focusable", "fill", "stroke", "stroke-width", "d", "x", "y", "rx", "cx", "cy", "r", "xmlns",
    ];

    private readonly IReadOnlySet<string> embedHosts;

    public RawHtmlSanitizer(IReadOnlySet<string> embedHosts) => this.embedHosts = embedHosts;

    /// <summary>The safe HTML; what was removed is reported against <paramref name="file"/>.</summary>
    public string Sanitize(string html, string file, DiagnosticBag diagnostics)
    {
        // A sanitizer keeps per-call state in its events, so each page gets its own.
        var sanitizer = new HtmlSanitizer { AllowDataAttributes = true };
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.AllowedSchemes.Add("tel");
        foreach (var tag in ExtraTags) sanitizer.AllowedTags.Add(tag);
        foreach (var attribute in ExtraAttributes) sanitizer.AllowedAttributes.Add(attribute);
        // Colour and layout come from the theme, whose contrast is checked; inline styles would escape that check.
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedTags.Remove("style");

        void Warn(IElement element, string message) =>
            diagnostics.Warning(Codes.UnsafeHtmlRemoved, message, Locate(element, file));

        sanitizer.RemovingTag += (_, e) =>
        {
            e.Cancel = false;
            Warn(e.Tag, $"<{e.Tag.LocalName}> was removed: {(e.Tag.LocalName is "script" ? "pages may not run scripts" : e.Tag.LocalName is "style" ? "styles come from the theme" : "SiteGen does not publish this element")}. Set allowRawHtml: true in site.yml only if every author is trusted.");
        };
        sanitizer.RemovingAttribute += (_, e) =>
        {
            if (e.Attribute.Name.StartsWith("data-md-", StringComparison.Ordinal) || IsRefusedEmbed(e.Tag)) return;
            var reason = e.Attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase) ? "event handlers run scripts"
                : e.Attribute.Name == "style" ? "styles come from the theme, whose colours are checked for contrast"
                : UrlAttributes.Contains(e.Attribute.Name) ? "its value is not a safe address"
                : "layout comes from the theme, so SiteGen does not publish this attribute";
            Warn(e.Tag, $"The {e.Attribute.Name} attribute on <{e.Tag.LocalName}> was removed: {reason}.");
        };
        sanitizer.FilterUrl += (_, e) =>
        {
            // Pictures may be embedded as data: URLs; nothing else may.
            if (e.Tag.LocalName == "img" && e.OriginalUrl.StartsWith("data:image/", StringComparison.OrdinalIgnoreCase) && !e.OriginalUrl.StartsWith("data:image/svg", StringComparison.OrdinalIgnoreCase))
                e.SanitizedUrl = e.OriginalUrl;
            else if (e.Tag.LocalName == "iframe" && e.SanitizedUrl is { } src && Uri.TryCreate(src, UriKind.Absolute, out var uri) && !embedHosts.Contains(uri.Host))
            {
                Warn(e.Tag, $"The iframe from {uri.Host} was removed: add {uri.Host} to embedHosts in site.yml to allow embeds from it.");
                e.SanitizedUrl = null;
            }
        };
        sanitizer.PostProcessNode += (_, e) =>
        {
            // An iframe whose address was refused would be an empty box: drop it whole.
            if (e.Node is IElement { LocalName: "iframe" } frame && !frame.HasAttribute("src"))
                e.ReplacementNodes.Add(e.Document.CreateTextNode(""));
        };
        return sanitizer.Sanitize(html);
    }

    private static readonly HashSet<string> UrlAttributes =
        new(["href", "src", "srcset", "action", "formaction", "poster", "cite", "background", "xlink:href"],
            StringComparer.OrdinalIgnoreCase);

    /// <summary>An iframe whose host is not allowed goes whole, with one warning; its attributes need none.</summary>
    private bool IsRefusedEmbed(IElement tag) =>
        tag.LocalName == "iframe" && Uri.TryCreate(tag.GetAttribute("src"), UriKind.Absolute, out var uri)
        && !embedHosts.Contains(uri.Host);

    private static SourceLocation Locate(IElement element, string file) =>
        MarkdownRenderer.PositionOf(element) is var (line, column) ? new SourceLocation(file, line, column) : SourceLocation.StartOf(file);
}
