using System.Globalization;
using AngleSharp.Dom;

namespace SiteGen.Accessibility;

/// <summary>One declaration of a style attribute, e.g. letter-spacing: 0.1em !important.</summary>
public sealed record StyleDeclaration(string Property, string Value, bool Important);

/// <summary>Reads an element's style attribute and the font sizes a page sets, without a browser.</summary>
public static class InlineStyle
{
    /// <summary>Browsers' default font size, in CSS pixels.</summary>
    public const double DefaultFontSize = 16;

    /// <summary>The declarations of a style attribute in the order written; property names in lower case.</summary>
    public static IReadOnlyList<StyleDeclaration> Declarations(string? style)
    {
        var result = new List<StyleDeclaration>();
        foreach (var part in (style ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = part.IndexOf(':');
            if (colon <= 0) continue;
            var value = part[(colon + 1)..].Trim();
            var bang = value.IndexOf('!');
            var important = bang >= 0 && value[(bang + 1)..].Trim().Equals("important", StringComparison.OrdinalIgnoreCase);
            if (important) value = value[..bang].Trim();
            result.Add(new StyleDeclaration(part[..colon].Trim().ToLowerInvariant(), value, important));
        }
        return result;
    }

    /// <summary>
    /// The declaration of <paramref name="property"/> that wins in the attribute: the last important one, else the
    /// last one; null when the attribute does not set the property.
    /// </summary>
    public static StyleDeclaration? Winner(IElement element, string property)
    {
        ArgumentNullException.ThrowIfNull(element);
        var all = Declarations(element.GetAttribute("style")).Where(d => d.Property == property).ToList();
        return all.LastOrDefault(d => d.Important) ?? all.LastOrDefault();
    }

    /// <summary>
    /// The element's font size in CSS pixels: from its own or an ancestor's style attribute in pixels, else from the
    /// last rule of the page's style elements that matches it, else the browser default.
    /// </summary>
    public static double FontSize(PageContext page, IElement element)
    {
        ArgumentNullException.ThrowIfNull(page);
        for (var e = element; e is not null; e = e.ParentElement)
        {
            if (Winner(e, "font-size") is { } own && Pixels(own.Value, DefaultFontSize) is { } px) return px;
            if (FromStyleElements(page, e) is { } sheet) return sheet;
        }
        return DefaultFontSize;
    }

    /// <summary>
    /// A length in CSS pixels: px, em and rem, a percentage or a bare number (both of the font size, as line-height
    /// reads them); null for keywords and units a static check cannot resolve.
    /// </summary>
    public static double? Pixels(string value, double fontSize)
    {
        var v = value.Trim().ToLowerInvariant();
        (string Unit, double Factor)[] units = [("px", 1), ("rem", DefaultFontSize), ("em", fontSize), ("%", fontSize / 100)];
        foreach (var (unit, factor) in units)
            if (v.EndsWith(unit, StringComparison.Ordinal) && Number(v[..^unit.Length]) is { } n) return n * factor;
        return Number(v) is { } bare ? bare * fontSize : null;
    }

    private static double? Number(string text) =>
        double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static double? FromStyleElements(PageContext page, IElement element)
    {
        double? found = null;
        foreach (var style in page.QuerySelectorAll("style"))
            foreach (var rule in StylesheetContext.Parse(style.TextContent, "style").StyleRules)
            {
                var size = rule.Rule.Style.GetPropertyValue("font-size");
                if (size.Length > 0 && Matches(element, rule.Rule.SelectorText) && Pixels(size, DefaultFontSize) is { } px)
                    found = px;
            }
        return found;
    }

    private static bool Matches(IElement element, string selector)
    {
        try
        {
            return element.Matches(selector);
        }
        catch (DomException)
        {
            return false;
        }
    }
}
