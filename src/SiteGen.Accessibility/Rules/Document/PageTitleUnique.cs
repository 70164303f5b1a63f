namespace SiteGen.Accessibility.Rules;

/// <summary>No two pages in the same language share a title, so readers can tell tabs and search results apart.</summary>
public sealed class PageTitleUnique : SiteRule
{
    public override string Id => "A11Y004";
    public override string Name => "page-title-unique";
    public override string Wcag => "2.4.2";
    public override Severity Severity => Severity.Warning;
    public override string Help => "Change one of the titles so each page's title says what makes it different.";

    public override IEnumerable<Finding> Check(IReadOnlyList<PageContext> pages)
    {
        var seen = new Dictionary<(string Lang, string Title), PageContext>();
        foreach (var page in pages)
        {
            var title = page.QuerySelector("title");
            var text = Dom.Collapse(title?.TextContent);
            if (title is null || text.Length == 0) continue; // page-title reports these
            var lang = LanguageTag.Primary(page.Document.DocumentElement.GetAttribute("lang") ?? "");
            var key = (lang, text.ToLowerInvariant());
            if (seen.TryGetValue(key, out var first))
                yield return Report(page, title, $"The page title \"{Dom.Quote(text)}\" is also the title of {first.Url}.");
            else
                seen.Add(key, page);
        }
    }
}
