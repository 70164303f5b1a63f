using AngleSharp.Dom;

namespace SiteGen.Accessibility.Rules;

/// <summary>Images carry a text alternative: alt on img, a name on svg[role=img] and input[type=image], and real alt text when the image is a link.</summary>
public sealed class ImgAlt : Rule
{
    public override string Id => "A11Y008";
    public override IReadOnlyList<string> Act => ["23a2a8", "7d6734"];
    public override string Name => "img-alt";
    public override string Wcag => "1.1.1";
    public override Severity Severity => Severity.Error;
    public override string Help => "Describe the image in the alt text, ![like this](photo.jpg); if it is only decoration, add {.decorative} after it.";

    public override IEnumerable<Finding> Check(PageContext page)
    {
        foreach (var img in page.QuerySelectorAll("img, area[href], svg[role=img], [role=img]:not(img):not(svg)"))
        {
            if (page.IsHidden(img)) continue;
            if (img.LocalName is "img")
            {
                var alt = img.GetAttribute("alt");
                // An image named another way (aria-label, aria-labelledby, title) has a text alternative.
                if (alt is null)
                {
                    if (!Dom.IsPresentational(img) && AccessibleName.Of(img).Length == 0)
                        yield return Report(page, img, $"The image \"{Dom.Quote(Src(img))}\" has no alt text.");
                }
                else if (alt.Length > 0 && alt.Trim().Length == 0 && !Dom.IsPresentational(img) && AccessibleName.Of(img).Length == 0)
                    // Only alt="" marks an image as decorative: alt=" " leaves an image with no name.
                    yield return Report(page, img, $"The image \"{Dom.Quote(Src(img))}\" has alt text of only spaces: "
                        + "write alt=\"\" if it is decorative, or describe it.");
            }
            else if (AccessibleName.Of(img).Length == 0)
            {
                var what = img.LocalName == "area" ? "image-map area" : img.LocalName == "svg" ? "SVG image" : "image";
                yield return Report(page, img, $"An {what} has no text alternative.");
            }
        }
    }

    private static string Src(IElement img) => Path.GetFileName(img.GetAttribute("src") ?? "") is { Length: > 0 } f ? f : "(no src)";
}
