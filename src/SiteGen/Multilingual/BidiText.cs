using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Html;

namespace SiteGen.Multilingual;

/// <summary>
/// Isolates left-to-right runs inside right-to-left text (ML-2): plain-text fields such as a summary or a
/// speaker's organisation cannot carry markup, so the theme writes them through here on right-to-left pages.
/// </summary>
public static partial class BidiText
{
    /// <summary>Two or more Latin-script words joined by spaces or punctuation; one word alone (NHS, Zoom) displays correctly without help.</summary>
    [GeneratedRegex(@"[A-Za-z][A-Za-z0-9'’.-]*(?:[ ,&:/]+[A-Za-z][A-Za-z0-9'’.-]*)+", RegexOptions.CultureInvariant)]
    public static partial Regex LatinRun();

    /// <summary>
    /// The text, HTML-encoded; on a right-to-left page each run of Latin words is wrapped in
    /// &lt;span dir="ltr"&gt; so its spaces and punctuation keep their order.
    /// </summary>
    public static IHtmlContent Isolate(string? text, string pageDirection)
    {
        if (string.IsNullOrEmpty(text)) return HtmlString.Empty;
        if (pageDirection != "rtl") return new HtmlString(WebUtility.HtmlEncode(text));
        var html = new System.Text.StringBuilder();
        var at = 0;
        foreach (Match run in LatinRun().Matches(text))
        {
            html.Append(WebUtility.HtmlEncode(text[at..run.Index]))
                .Append("<span dir=\"ltr\">").Append(WebUtility.HtmlEncode(run.Value)).Append("</span>");
            at = run.Index + run.Length;
        }
        return new HtmlString(html.Append(WebUtility.HtmlEncode(text[at..])).ToString());
    }
}
