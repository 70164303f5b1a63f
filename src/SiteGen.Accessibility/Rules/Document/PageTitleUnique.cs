using System.Globalization;
using AngleSharp.Dom;

namespace SiteGen.Accessibility.Rules;

/// <summary>
/// No two pages in the same language share a title, so readers can tell tabs and search results apart. A page that
/// forwards the browser at once (an old address kept working) is left out: no one sees its title, in a tab or a search.
/// </summary>
public sealed class PageTitleUnique : SiteRule
{
    public override string Id => "A11Y004";
    public override string Name => "page-title-unique";
    public override string Wcag => "2.4.2";
    public override RuleKind Kind => RuleKind.BestPractice;
    public override string Help => "Change one of the titles so each page's title says what makes it different.";

    public override (SiteFact Fact, IElement? Element)? Collect(PageContext page)
    {
        var title = page.QuerySelector("title");
        var text = Dom.Collapse(title?.TextContent);
        if (title is null || text.Length == 0) return null; // page-title reports these
        if (ForwardsAtOnce(page)) return null;
        var lang = LanguageTag.Primary(page.Document.DocumentElement.GetAttribute("lang") ?? "");
        return (new SiteFact(lang + "\n" + text.ToLowerInvariant(), text), title);
    }

    // <meta http-equiv="refresh" content="0; url=...">: a delay of 0 seconds.
    private static bool ForwardsAtOnce(PageContext page)
    {
        foreach (var meta in page.QuerySelectorAll("meta[http-equiv]"))
        {
            if (!string.Equals(meta.GetAttribute("http-equiv")?.Trim(), "refresh", StringComparison.OrdinalIgnoreCase))
                continue;
            var delay = (meta.GetAttribute("content") ?? "").Split([';', ','], 2)[0].Trim();
            if (double.TryParse(delay, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds <= 0)
                return true;
        }
        return false;
    }

    public override IEnumerable<SiteFinding> Compare(IReadOnlyList<PageFact> pages)
    {
        var seen = new Dictionary<string, PageFact>(StringComparer.Ordinal);
        for (var i = 0; i < pages.Count; i++)
        {
            if (pages[i].Fact is not { } fact) continue;
            if (seen.TryGetValue(fact.Key, out var first))
                yield return new SiteFinding(i, $"The page title \"{Dom.Quote(fact.Text)}\" is also the title of {first.Url}.");
            else
                seen.Add(fact.Key, pages[i]);
        }
    }
}
