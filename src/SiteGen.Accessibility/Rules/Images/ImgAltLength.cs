namespace SiteGen.Accessibility.Rules;

/// <summary>Alt text stays short; long descriptions belong in a caption or the page text.</summary>
public sealed class ImgAltLength : Rule
{
    /// <summary>Common guidance, not a WCAG number; screen readers cannot pause inside alt text.</summary>
    public const int MaxLength = 150;

    public override string Id => "A11Y026";
    public override string Name => "img-alt-length";
    public override string Wcag => "1.1.1";
    public override RuleKind Kind => RuleKind.BestPractice;
    public override string Help => "Keep alt text under 150 characters and put the longer description in a caption or the text around the image.";

    public override IEnumerable<Finding> Check(PageContext page)
    {
        foreach (var img in page.QuerySelectorAll("img[alt]"))
        {
            var alt = Dom.Collapse(img.GetAttribute("alt"));
            if (alt.Length > MaxLength && !page.IsHidden(img))
                yield return Report(page, img, $"The alt text \"{Dom.Quote(alt, 40)}\" is {alt.Length} characters long.");
        }
    }
}
