using System.Text;
using AngleSharp.Dom;

namespace SiteGen.Accessibility;

/// <summary>A reduced accessible-name computation, enough for SiteGen's own markup; every rule uses this one.</summary>
/// <remarks>Order: aria-labelledby → aria-label → native (img/area alt, form-control label, table caption,
/// fieldset legend, figure figcaption, iframe title, svg title) → subtree text for roles named from content
/// → title. Subtree text includes .visually-hidden content and skips aria-hidden, hidden and display:none subtrees.
/// As accname 1.2 requires, one computation visits each element once and does not follow aria-labelledby from
/// inside a referenced element, so labels that point at their own ancestors end.</remarks>
public static class AccessibleName
{
    private static readonly HashSet<string> InlineElements = new(StringComparer.Ordinal)
    {
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "i", "kbd", "label", "mark", "q", "s",
        "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "del", "ins",
    };

    /// <summary>The element's accessible name, whitespace-collapsed; "" when it has none.</summary>
    public static string Of(IElement element) => Dom.Collapse(Compute(element, new NameWalk()));

    /// <summary>The name from aria-labelledby or aria-label only; landmarks such as nav take their name only from these.</summary>
    public static string FromAria(IElement element)
    {
        var labelled = LabelledBy(element, new NameWalk());
        if (labelled.Length > 0) return Dom.Collapse(labelled);
        return Dom.Collapse(element.GetAttribute("aria-label"));
    }

    /// <summary>The text a subtree contributes to a name, as a screen reader would read it.</summary>
    public static string TextOf(IElement element)
    {
        // Most paragraphs, cells and list items are one text node: their text needs no builder.
        if (element.ChildNodes is { Length: 1 } only && only[0] is IText single) return Dom.Collapse(single.Data);
        return SubtreeText(element, new NameWalk());
    }

    /// <summary>True when the role takes its name from its content (links, buttons, headings, cells ...).</summary>
    public static bool NamesFromContent(IElement e)
    {
        var role = Dom.Role(e);
        if (role.Length > 0 && role is not ("none" or "presentation"))
            return AriaRoles.IsLink(role)
                || role is "button" or "heading" or "cell" or "columnheader" or "rowheader" or "tab"
                or "menuitem" or "option" or "treeitem" or "tooltip" or "checkbox" or "radio" or "switch" or "listitem";
        return e.LocalName is "a" or "button" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "summary"
            or "td" or "th" or "caption" or "label" or "legend" or "li" or "option" or "dt" or "dd" or "figcaption";
    }

    private static string Compute(IElement e, NameWalk walk)
    {
        if (walk.WasVisited(e)) return "";
        // The element itself is marked only after its aria-labelledby, which may name the element itself.
        if (!walk.InLabelledBy)
        {
            var labelled = LabelledBy(e, walk);
            if (!string.IsNullOrWhiteSpace(labelled)) return labelled;
        }
        walk.Visit(e);
        return ComputeVisited(e, walk);
    }

    private static string ComputeVisited(IElement e, NameWalk walk)
    {
        var ariaLabel = e.GetAttribute("aria-label");
        if (!string.IsNullOrWhiteSpace(ariaLabel)) return ariaLabel;

        var native = Native(e, walk);
        if (native is not null) return native;

        if (NamesFromContent(e))
        {
            var text = Dom.Collapse(ContentText(e, walk));
            if (text.Length > 0) return text;
        }

        return e.GetAttribute("title") ?? "";
    }

    // Returns null when the element has no native naming mechanism, so the caller falls through.
    private static string? Native(IElement e, NameWalk walk)
    {
        switch (e.LocalName)
        {
            case "img" or "area":
                // alt="" is a deliberate empty name: do not fall through to title.
                return e.GetAttribute("alt") ?? NonEmpty(e.GetAttribute("title")) ?? "";
            case "input":
                var type = (e.GetAttribute("type") ?? "text").Trim().ToLowerInvariant();
                if (type == "image") return NonEmpty(e.GetAttribute("alt")) ?? NonEmpty(e.GetAttribute("title")) ?? "";
                if (type is "submit" or "reset" or "button")
                    return NonEmpty(e.GetAttribute("value")) ?? (type == "submit" ? "Submit" : type == "reset" ? "Reset" : "");
                return NonEmpty(LabelText(e, walk)) ?? NonEmpty(e.GetAttribute("title")) ?? "";
            case "select" or "textarea" or "meter" or "progress" or "output":
                return NonEmpty(LabelText(e, walk)) ?? NonEmpty(e.GetAttribute("title")) ?? "";
            case "iframe" or "frame":
                return e.GetAttribute("title") ?? "";
            case "table":
                var caption = e.Children.FirstOrDefault(c => c.LocalName == "caption");
                return caption is null ? null : NonEmpty(SubtreeText(caption, walk));
            case "fieldset":
                var legend = e.Children.FirstOrDefault(c => c.LocalName == "legend");
                return legend is null ? null : NonEmpty(SubtreeText(legend, walk));
            case "figure":
                var figcaption = e.Children.FirstOrDefault(c => c.LocalName == "figcaption");
                return figcaption is null ? null : NonEmpty(SubtreeText(figcaption, walk));
            case "svg":
                var svgTitle = e.Children.FirstOrDefault(c => c.LocalName == "title");
                return svgTitle is null ? null : NonEmpty(Dom.Collapse(svgTitle.TextContent));
            default:
                return null;
        }
    }

    /// <summary>Text of the labels attached to a form control: label[for=id] and a wrapping label.</summary>
    public static string LabelText(IElement control)
    {
        var walk = new NameWalk();
        walk.Visit(control);
        return LabelText(control, walk);
    }

    // A label's text leaves out the control itself (a select's options are not its label): it is already visited.
    private static string LabelText(IElement control, NameWalk walk)
    {
        var sb = new StringBuilder();
        var id = control.Id;
        if (!string.IsNullOrEmpty(id) && control.Owner is { } doc)
        {
            foreach (var label in doc.GetElementsByTagName("label"))
                if (label.GetAttribute("for") == id && !Dom.IsHidden(label))
                    sb.Append(' ').Append(SubtreeText(label, walk));
        }
        var wrapping = control.ParentElement?.Closest("label");
        if (wrapping is not null && (wrapping.GetAttribute("for") is null || wrapping.GetAttribute("for") == id))
            sb.Append(' ').Append(SubtreeText(wrapping, walk));
        return Dom.Collapse(sb.ToString());
    }

    private static string LabelledBy(IElement e, NameWalk walk)
    {
        var ids = Dom.IdRefs(e.GetAttribute("aria-labelledby"));
        if (ids.Length == 0 || e.Owner is not { } doc) return "";
        var sb = new StringBuilder();
        // accname 1.2 step 2B: references inside a referenced element are not followed.
        walk.InLabelledBy = true;
        foreach (var id in ids)
        {
            var target = doc.GetElementById(id);
            if (target is null || walk.WasVisited(target)) continue;
            // A referenced element counts even when hidden (accname step 2B).
            walk.Visit(target);
            var name = ComputeVisited(target, walk);
            sb.Append(' ').Append(name.Length > 0 ? name : ContentText(target, walk));
        }
        walk.InLabelledBy = false;
        return Dom.Collapse(sb.ToString());
    }

    // The text of a subtree not yet visited in this computation; "" when it has been.
    private static string SubtreeText(IElement e, NameWalk walk)
    {
        if (walk.WasVisited(e)) return "";
        walk.Visit(e);
        return Dom.Collapse(ContentText(e, walk));
    }

    private static string ContentText(IElement e, NameWalk walk)
    {
        var sb = new StringBuilder();
        AppendChildren(e, sb, walk);
        return sb.ToString();
    }

    private static void AppendChildren(IElement parent, StringBuilder sb, NameWalk walk)
    {
        foreach (var node in parent.ChildNodes)
        {
            if (node is IText text) { sb.Append(text.Data); continue; }
            if (node is not IElement child || walk.WasVisited(child) || Dom.IsSelfHidden(child)) continue;
            if (child.LocalName == "br") { sb.Append(' '); continue; }

            var block = !InlineElements.Contains(child.LocalName);
            if (block) sb.Append(' ');
            AppendChild(child, sb, walk);
            if (block) sb.Append(' ');
        }
    }

    private static void AppendChild(IElement child, StringBuilder sb, NameWalk walk)
    {
        // Embedded content and explicitly labelled children contribute their own name.
        if (child.LocalName is "img" or "svg" or "input" or "select" or "textarea" or "iframe"
            || child.HasAttribute("aria-label") || child.HasAttribute("aria-labelledby"))
        {
            if (child.LocalName is "select" or "textarea" or "iframe" or "input")
            {
                walk.Visit(child);
                // Inside a name, a field gives its value; a list, text area or frame gives nothing.
                if (child.LocalName == "input") sb.Append(NonEmpty(child.GetAttribute("value")));
                return;
            }
            sb.Append(Compute(child, walk));
            return;
        }
        walk.Visit(child);
        AppendChildren(child, sb, walk);
    }

    private static string? NonEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;

    /// <summary>One name computation's state: accname visits each node once, aria-labelledby one level deep.</summary>
    private sealed class NameWalk
    {
        // Most names are one text node or one attribute: the set is made only when a subtree is walked.
        private HashSet<IElement>? visited;

        public bool InLabelledBy { get; set; }

        public bool WasVisited(IElement e) => visited?.Contains(e) == true;

        public void Visit(IElement e) => (visited ??= new(ReferenceEqualityComparer.Instance)).Add(e);
    }
}
