namespace SiteGen.Accessibility.Rules;

/// <summary>Links with the same text go to the same place; otherwise a list of links cannot tell them apart.</summary>
public sealed class LinkTextAmbiguous : Rule
{
    public override string Id => "A11Y041";
    public override string Name => "link-text-ambiguous";
    public override string Wcag => "2.4.4";
    public override RuleKind Kind => RuleKind.Heuristic;
    public override string Help => "Give links that go to different places different words.";

    public override IEnumerable<Finding> Check(PageContext page)
    {
        var first = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var a in page.QuerySelectorAll("a[href]"))
        {
            var href = Target(a.GetAttribute("href")!);
            if (href.Length == 0 || page.IsHidden(a)) continue; // in-page links: skip link, footnotes, contents
            var name = AccessibleName.Of(a);
            var key = Scripts.Normalise(name);
            if (key.Length == 0) continue;
            if (!first.TryAdd(key, href) && first[key] != href)
                yield return Report(page, a, $"The link text \"{Dom.Quote(name)}\" is also used for a link to somewhere else on this page.");
        }
    }

    // Compares destinations loosely: "/events/", "/events" and "/events/index.html" are one place.
    private static string Target(string href)
    {
        var h = href.Trim();
        var hash = h.IndexOf('#');
        if (hash >= 0) h = h[..hash];
        if (h.EndsWith("/index.html", StringComparison.OrdinalIgnoreCase)) h = h[..^"index.html".Length];
        return h.TrimEnd('/').ToLowerInvariant() is { Length: > 0 } t ? t : h.Length > 0 ? "/" : "";
    }
}
