namespace SiteGen.Accessibility.Rules;

/// <summary>An image marked decorative (alt="") has no title tooltip, which would contradict it (technique H67).</summary>
public sealed class ImgDecorativeTitle : Rule
{
    public override string Id => "A11Y037";
    public override string Name => "img-decorative-title";
    public override string Wcag => "1.1.1";
    public override RuleKind Kind => RuleKind.BestPractice;
    public override string Help => "If the image means something, move the title text into the alt text; if it is decoration, remove the title.";

    public override IEnumerable<Finding> Check(PageContext page)
    {
        foreach (var img in page.QuerySelectorAll("img[alt][title]"))
        {
            if (img.GetAttribute("alt")!.Trim().Length > 0 || page.IsHidden(img)) continue;
            var title = Dom.Collapse(img.GetAttribute("title"));
            if (title.Length > 0)
                yield return Report(page, img, $"The image has empty alt text but the title \"{Dom.Quote(title)}\".");
        }
    }
}
