using AngleSharp.Dom;

namespace SiteGen.Accessibility;

/// <summary>The refresh a page's meta element asks for, read as browsers read it (HTML's declarative refresh steps).</summary>
public static class MetaRefresh
{
    /// <summary>More than this many seconds (20 hours) is no time limit a reader would meet, in WCAG's words.</summary>
    public const int TwentyHours = 72_000;

    /// <summary>
    /// The first meta element with http-equiv="refresh" and a content browsers act on, with its delay in seconds;
    /// null when the page has none. Browsers ignore an invalid content, so a later valid one is the one used.
    /// </summary>
    public static (IElement Meta, double Seconds)? Of(PageContext page)
    {
        ArgumentNullException.ThrowIfNull(page);
        foreach (var meta in page.QuerySelectorAll("meta[http-equiv][content]"))
        {
            if (!string.Equals(meta.GetAttribute("http-equiv")?.Trim(), "refresh", StringComparison.OrdinalIgnoreCase))
                continue;
            if (Seconds(meta.GetAttribute("content")!) is { } seconds) return (meta, seconds);
        }
        return null;
    }

    /// <summary>The delay a content value sets, or null when browsers would ignore the value.</summary>
    public static double? Seconds(string content)
    {
        var text = content.TrimStart(' ', '\t', '\n', '\f', '\r');
        var digits = 0;
        while (digits < text.Length && char.IsAsciiDigit(text[digits])) digits++;
        // The steps accept only a time that starts with a digit: "+5", "-1" and ".5" are ignored.
        if (digits == 0) return null;
        var seconds = double.Parse(text[..digits], System.Globalization.CultureInfo.InvariantCulture);
        var rest = digits;
        while (rest < text.Length && (char.IsAsciiDigit(text[rest]) || text[rest] == '.')) rest++;
        if (rest < text.Length && text[rest] is not (';' or ',' or ' ' or '\t' or '\n' or '\f' or '\r')) return null;
        return seconds;
    }
}
