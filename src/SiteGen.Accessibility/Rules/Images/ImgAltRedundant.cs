using AngleSharp.Dom;

namespace SiteGen.Accessibility.Rules;

/// <summary>Alt text does not repeat the figure caption or the link text beside it, which screen readers would read twice.</summary>
public sealed class ImgAltRedundant : Rule
{
    public override string Id => "A11Y027";
    public override string Name => "img-alt-redundant";
    public override string Wcag => "1.1.1";
    public override RuleKind Kind => RuleKind.BestPractice;
    public override string Help => "Make the alt text describe the image itself, or mark the image {.decorative} when the text beside it already says it all.";

    public override IEnumerable<Finding> Check(PageContext page)
    {
        foreach (var img in page.QuerySelectorAll("img[alt]"))
        {
            var alt = Scripts.Normalise(img.GetAttribute("alt")!);
            if (alt.Length == 0 || page.IsHidden(img)) continue;
            var caption = img.Closest("figure")?.Children.FirstOrDefault(c => c.LocalName == "figcaption");
            if (caption is not null && Scripts.Normalise(AccessibleName.TextOf(caption)) == alt)
                yield return Report(page, img, $"The alt text \"{Dom.Quote(img.GetAttribute("alt")!)}\" repeats the caption.");
            else if (img.Closest("a[href], button") is { } link && Scripts.Normalise(TextWithout(link, img)) == alt)
                yield return Report(page, img, $"The alt text \"{Dom.Quote(img.GetAttribute("alt")!)}\" repeats the link text next to it.");
        }
    }

    private static string TextWithout(IElement link, IElement img)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var node in link.ChildNodes)
        {
            if (node is IText t) sb.Append(t.Data);
            else if (node is IElement e && e != img && !e.Contains(img) && !Dom.IsSelfHidden(e)) sb.Append(' ').Append(AccessibleName.TextOf(e)).Append(' ');
            else if (node is IElement wrapper && wrapper.Contains(img)) sb.Append(' ').Append(TextWithout(wrapper, img)).Append(' ');
        }
        return sb.ToString();
    }
}
