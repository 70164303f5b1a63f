using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace SiteGen.Accessibility;

/// <summary>Small DOM helpers shared by rules: hidden-ness, focusability, text tidying.</summary>
public static partial class Dom
{
    /// <summary>True when the element or an ancestor is hidden from assistive technology.</summary>
    /// <remarks>Static approximation: hidden attribute, aria-hidden="true", inline display:none or
    /// visibility:hidden, template. A .visually-hidden class is NOT hidden: screen readers read it.</remarks>
    public static bool IsHidden(IElement element)
    {
        for (var e = element; e is not null; e = e.ParentElement)
            if (IsSelfHidden(e)) return true;
        return false;
    }

    /// <summary>True when this element alone (ignoring ancestors) hides itself and its subtree.</summary>
    /// <remarks>One pass over the attributes, comparing their names as HasAttribute and GetAttribute do (a parsed
    /// page's attribute names are lower case): the page's walk asks this of every element with attributes, and three
    /// look-ups, each lower-casing the name asked for, were a third of the walk.</remarks>
    public static bool IsSelfHidden(IElement e)
    {
        if (e.LocalName is "template" or "script" or "style" or "noscript") return true;
        var attributes = e.Attributes;
        bool ariaHiddenSeen = false, styleSeen = false;
        for (var a = 0; a < attributes.Length; a++)
        {
            var attribute = attributes[a]!;
            switch (attribute.Name)
            {
                case "hidden":
                    return true;
                // The first attribute of a name is the one GetAttribute gives.
                case "aria-hidden" when !ariaHiddenSeen:
                    ariaHiddenSeen = true;
                    if (attribute.Value.AsSpan().Trim().Equals("true", StringComparison.OrdinalIgnoreCase)) return true;
                    break;
                case "style" when !styleSeen:
                    styleSeen = true;
                    if (HiddenStyle().IsMatch(attribute.Value)) return true;
                    break;
            }
        }
        return false;
    }

    /// <summary>True when keyboard users can tab to the element (static approximation).</summary>
    public static bool IsFocusable(IElement e)
    {
        if (e.HasAttribute("disabled") && e.LocalName is "button" or "input" or "select" or "textarea") return false;
        var tabindex = e.GetAttribute("tabindex");
        if (tabindex is not null && int.TryParse(tabindex.Trim(), out var t)) return t >= 0;
        return e.LocalName switch
        {
            "a" or "area" => e.HasAttribute("href"),
            "button" or "select" or "textarea" or "iframe" or "summary" => true,
            "input" => !string.Equals(e.GetAttribute("type"), "hidden", StringComparison.OrdinalIgnoreCase),
            "audio" or "video" => e.HasAttribute("controls"),
            _ => string.Equals(e.GetAttribute("contenteditable"), "true", StringComparison.OrdinalIgnoreCase)
                 || e.GetAttribute("contenteditable") == "",
        };
    }

    /// <summary>Trims and collapses runs of whitespace to single spaces.</summary>
    /// <remarks>Rules collapse every paragraph, link and heading they read, and most are collapsed already: those
    /// are given back as they are, and the rest are written through a stack or pooled buffer, not a builder.</remarks>
    public static string Collapse(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        if (IsCollapsed(text)) return text;
        char[]? rented = null;
        Span<char> buffer = text.Length <= 256 ? stackalloc char[256] : (rented = ArrayPool<char>.Shared.Rent(text.Length));
        var length = 0;
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) { space = length > 0; continue; }
            if (space) { buffer[length++] = ' '; space = false; }
            buffer[length++] = c;
        }
        var collapsed = new string(buffer[..length]);
        if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        return collapsed;
    }

    // No white space at either end, and only single spaces between words.
    private static bool IsCollapsed(string text)
    {
        if (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])) return false;
        for (var i = 1; i < text.Length; i++)
            if (char.IsWhiteSpace(text[i]) && (text[i] != ' ' || text[i - 1] == ' ')) return false;
        return true;
    }

    /// <summary>Shortens text for quoting in a message, so one long paragraph does not flood the console.</summary>
    public static string Quote(string text, int max = 60)
    {
        text = Collapse(text);
        return text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");
    }

    /// <summary>The words shown in the element: its visible text, without alt text, labels or other attribute values.</summary>
    public static string ShownText(IElement element)
    {
        if (element.ChildNodes is { Length: 1 } only && only[0] is IText single) return Collapse(single.Data);
        var sb = new StringBuilder();
        AppendShown(element, sb);
        return Collapse(sb.ToString());
    }

    private static void AppendShown(IElement parent, StringBuilder sb)
    {
        foreach (var node in parent.ChildNodes)
        {
            if (node is IText text) sb.Append(text.Data);
            else if (node is IElement { LocalName: "br" }) sb.Append(' ');
            else if (node is IElement child && !IsSelfHidden(child)) AppendShown(child, sb);
        }
    }

    /// <summary>The element's explicit role: its role attribute's first token a browser knows, lower-cased, or "".
    /// </summary>
    public static string Role(IElement e) => AriaRoles.FirstKnown(e.GetAttribute("role"));

    /// <summary>The role common native elements have without a role attribute, e.g. listitem for li; "" for others.
    /// </summary>
    public static string ImplicitRole(IElement e)
    {
        return e.LocalName switch
        {
            "li" => "listitem",
            "tr" => "row",
            "td" => "cell",
            "th" => string.Equals(e.GetAttribute("scope")?.Trim(), "row", StringComparison.OrdinalIgnoreCase)
                ? "rowheader"
                : "columnheader",
            "thead" or "tbody" or "tfoot" => "rowgroup",
            "option" => "option",
            "optgroup" or "fieldset" or "details" => "group",
            "article" => "article",
            "ul" or "ol" or "menu" => "list",
            "table" => "table",
            "button" => "button",
            "a" when e.HasAttribute("href") => "link",
            "input" => string.Equals(e.GetAttribute("type")?.Trim(), "radio", StringComparison.OrdinalIgnoreCase) ? "radio" : "input",
            "select" => "listbox",
            "textarea" => "textbox",
            "p" => "paragraph",
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => "heading",
            "img" => "img",
            "nav" => "navigation",
            "section" or "aside" or "form" or "main" or "header" or "footer" or "figure" or "dl" or "hr" or "blockquote" => e.LocalName,
            "div" or "span" => "generic",
            _ => "",
        };
    }

    /// <summary>True for role="none" or role="presentation".</summary>
    /// <remarks>Browsers ignore the role on an element keyboard users can reach (presentational role conflict).</remarks>
    public static bool IsPresentational(IElement e) => Role(e) is "none" or "presentation" && !IsFocusable(e);

    /// <summary>Splits an IDREF list such as aria-labelledby into its ids.</summary>
    public static string[] IdRefs(string? value) =>
        string.IsNullOrWhiteSpace(value) ? [] : value.Split([' ', '\t', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Heading level 1-6 for h1-h6 or role="heading" with aria-level (default 2), else 0.</summary>
    public static int HeadingLevel(IElement e)
    {
        if (e.LocalName.Length == 2 && e.LocalName[0] == 'h' && e.LocalName[1] is >= '1' and <= '6')
            return e.LocalName[1] - '0';
        if (Role(e) == "heading")
            return int.TryParse(e.GetAttribute("aria-level"), out var level) && level is >= 1 and <= 6 ? level : 2;
        return 0;
    }

    /// <summary>Visible headings in document order (h1-h6 and role="heading").</summary>
    public static IEnumerable<IElement> Headings(PageContext page) =>
        page.QuerySelectorAll("h1, h2, h3, h4, h5, h6, [role=heading]").Where(h => !page.IsHidden(h));

    [GeneratedRegex(@"(display\s*:\s*none|visibility\s*:\s*hidden)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HiddenStyle();
}
