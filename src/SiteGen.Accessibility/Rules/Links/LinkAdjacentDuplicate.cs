using AngleSharp.Dom;

namespace SiteGen.Accessibility.Rules;

/// <summary>An image link is not placed right beside a text link to the same page, which makes a repeated tab stop (technique H2).</summary>
public sealed class LinkAdjacentDuplicate : Rule
{
    public override string Id => "A11Y042";
    public override string Name => "link-adjacent-duplicate";
    public override string Wcag => "1.1.1, 2.4.4";
    public override RuleKind Kind => RuleKind.BestPractice;
    public override string Help => "Put the image and the text in one link, and give the image empty alt text.";

    public override IEnumerable<Finding> Check(PageContext page)
    {
        foreach (var a in page.QuerySelectorAll("a[href]"))
        {
            if (!IsImageOnly(a)) continue;
            var href = a.GetAttribute("href")!.Trim();
            if (Neighbour(a, before: true) is { } prev && Same(prev, href) || Neighbour(a, before: false) is { } next && Same(next, href))
                yield return Report(page, a, $"The image link to \"{Dom.Quote(href)}\" sits beside a text link to the same place.");
        }
    }

    // Images and nothing else: no words outside an img or svg.
    private static bool IsImageOnly(IElement a) =>
        a.QuerySelector("img, svg") is not null
        && a.Descendants<IText>().All(t => string.IsNullOrWhiteSpace(t.Data) || t.ParentElement?.Closest("svg") is not null);

    private static bool Same(IElement other, string href) =>
        other.LocalName == "a" && string.Equals(other.GetAttribute("href")?.Trim(), href, StringComparison.Ordinal) && !IsImageOnly(other);

    // The next or previous element, skipping only whitespace: any words in between make them separate links.
    private static IElement? Neighbour(IElement e, bool before)
    {
        for (var n = before ? e.PreviousSibling : e.NextSibling; n is not null; n = before ? n.PreviousSibling : n.NextSibling)
        {
            if (n is IElement el) return el;
            if (n is IText t && !string.IsNullOrWhiteSpace(t.Data)) return null;
        }
        return null;
    }
}
