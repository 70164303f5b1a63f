using AngleSharp.Html.Parser;

namespace SiteGen.Publishing;

/// <summary>Makes the links and images in a fragment of a page's HTML absolute, so the fragment still works outside the page (in a feed reader).</summary>
public static class AbsoluteUrls
{
    private static readonly string[] Attributes = ["href", "src", "poster", "cite"];

    public static string InHtml(string html, string pageUrl)
    {
        var baseUri = new Uri(pageUrl);
        var body = new HtmlParser().ParseDocument("<!DOCTYPE html><body>" + html).Body!;
        foreach (var attribute in Attributes)
            foreach (var element in body.QuerySelectorAll($"[{attribute}]"))
                if (Uri.TryCreate(baseUri, element.GetAttribute(attribute)!.Trim(), out var absolute))
                    element.SetAttribute(attribute, absolute.AbsoluteUri);
        return body.InnerHtml;
    }
}
