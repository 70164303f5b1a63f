using AngleSharp.Dom;

namespace SiteGen.Accessibility.Rules;

/// <summary>The first thing a keyboard user reaches is a link that skips straight to the main content.</summary>
public sealed class SkipLink : Rule
{
    public override string Id => "A11Y020";
    public override string Name => "skip-link";
    public override string Wcag => "2.4.1";
    public override RuleKind Kind => RuleKind.BestPractice;
    public override string Help => "Make the first link in the page a \"Skip to main content\" link to the id of the main element.";

    public override IEnumerable<Finding> Check(PageContext page)
    {
        var body = page.Document.Body;
        if (body is null) yield break;
        var first = page.DescendantsOf(body).FirstOrDefault(e => Dom.IsFocusable(e) && !page.IsHidden(e));
        if (first is null)
        {
            yield return Report(page, body, "The page has no skip link.");
            yield break;
        }
        var href = first.LocalName == "a" ? first.GetAttribute("href")?.Trim() : null;
        if (href is null || !href.StartsWith('#') || href.Length < 2)
        {
            yield return Report(page, first, $"The first focusable element ({Describe(first)}) is not a skip link.");
            yield break;
        }
        var target = page.FindFragmentTarget(Uri.UnescapeDataString(href[1..]));
        if (target is null)
            yield return Report(page, first, $"The skip link points to \"{Dom.Quote(href)}\", which is not on the page.");
        else if (target.Closest("main, [role=main]") is null)
            yield return Report(page, first, $"The skip link points to \"{Dom.Quote(href)}\", which is not the main content.");
    }

    private static string Describe(IElement e)
    {
        var name = AccessibleName.Of(e);
        return name.Length > 0 ? $"<{e.LocalName}> \"{Dom.Quote(name, 40)}\"" : $"<{e.LocalName}>";
    }
}
