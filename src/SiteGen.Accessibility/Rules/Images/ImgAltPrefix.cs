namespace SiteGen.Accessibility.Rules;

/// <summary>Alt text does not start with "image of" or "photo of": screen readers already say it is an image.</summary>
public sealed class ImgAltPrefix : Rule
{
    private static readonly string[] Prefixes =
    [
        "image of", "picture of", "photo of", "photograph of", "graphic of", "an image of", "a picture of",
        "a photo of", "a photograph of", "a graphic of", "image showing", "photo showing", "picture showing",
    ];

    public override string Id => "A11Y025";
    public override string Name => "img-alt-prefix";
    public override string Wcag => "1.1.1";
    public override RuleKind Kind => RuleKind.BestPractice;
    public override string Help => "Start the alt text with what the image shows; leave out \"image of\" or \"photo of\".";

    public override IEnumerable<Finding> Check(PageContext page)
    {
        foreach (var img in page.QuerySelectorAll("img[alt]"))
        {
            var normal = Scripts.Normalise(img.GetAttribute("alt")!) + " ";
            var prefix = Prefixes.FirstOrDefault(p => normal.StartsWith(p + " ", StringComparison.Ordinal));
            if (prefix is not null && !page.IsHidden(img))
                yield return Report(page, img, $"The alt text \"{Dom.Quote(img.GetAttribute("alt")!)}\" starts with \"{prefix}\".");
        }
    }
}
