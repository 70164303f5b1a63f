namespace SiteGen.Accessibility.Rules;

/// <summary>Ids are unique and every reference to an id (in-page links, label for, aria-labelledby ...) finds it.</summary>
public sealed class IdUniqueRefs : Rule
{
    private static readonly string[] RefAttributes = ["for", "aria-labelledby", "aria-describedby", "aria-controls", "headers"];

    public override string Id => "A11Y013";
    public override IReadOnlyList<string> Act => ["3ea0c8", "in6db8"];
    public override string Name => "id-unique-refs";
    public override string Wcag => "1.3.1, 4.1.2";
    public override RuleKind Kind => RuleKind.BestPractice;
    public override string Help => "Give each id a different value, and make every #link or reference match an id that is on the page.";

    public override IEnumerable<Finding> Check(PageContext page)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in page.QuerySelectorAll("[id]"))
        {
            var id = e.Id ?? "";
            if (id.Length > 0 && !seen.Add(id))
                yield return Report(page, e, $"The id \"{Dom.Quote(id)}\" is used more than once on the page.");
        }

        foreach (var a in page.QuerySelectorAll("a[href^='#'], area[href^='#']"))
        {
            var fragment = a.GetAttribute("href")!.Trim()[1..];
            // "#" alone is link-href-real's concern; "#top" always scrolls to the top in browsers.
            if (fragment.Length == 0 || fragment.Equals("top", StringComparison.OrdinalIgnoreCase)) continue;
            if (page.FindFragmentTarget(Unescape(fragment)) is null)
                yield return Report(page, a, $"The link to \"#{Dom.Quote(fragment)}\" points to a place that is not on the page.");
        }

        foreach (var attribute in RefAttributes)
        {
            foreach (var e in page.QuerySelectorAll($"[{attribute}]"))
            {
                if (attribute == "for" && e.LocalName is not ("label" or "output")) continue;
                foreach (var id in Dom.IdRefs(e.GetAttribute(attribute)))
                    if (page.FindById(id) is null)
                        yield return Report(page, e, $"The {attribute} attribute on a <{e.LocalName}> refers to id \"{Dom.Quote(id)}\", which is not on the page.");
            }
        }
    }

    private static string Unescape(string fragment)
    {
        try { return Uri.UnescapeDataString(fragment); }
        catch (UriFormatException) { return fragment; }
    }
}
