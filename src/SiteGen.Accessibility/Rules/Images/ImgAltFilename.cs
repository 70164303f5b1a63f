using System.Text.RegularExpressions;

namespace SiteGen.Accessibility.Rules;

/// <summary>Alt text is not a file name, camera id or URL (WCAG failure F30).</summary>
public sealed partial class ImgAltFilename : Rule
{
    public override string Id => "A11Y009";
    public override string Name => "img-alt-filename";
    public override string Wcag => "1.1.1";
    public override RuleKind Kind => RuleKind.Failure;
    public override string Help => "Replace the file name with words that describe what the image shows.";

    public override IEnumerable<Finding> Check(PageContext page)
    {
        foreach (var img in page.QuerySelectorAll("img[alt]"))
        {
            var alt = img.GetAttribute("alt")!.Trim();
            if (alt.Length == 0 || page.IsHidden(img)) continue;
            if (LooksLikeFileName(alt, img.GetAttribute("src")))
                yield return Report(page, img, $"The alt text \"{Dom.Quote(alt)}\" is a file name, not a description.");
        }
    }

    internal static bool LooksLikeFileName(string alt, string? src)
    {
        if (Extension().IsMatch(alt) || Camera().IsMatch(alt) || Url().IsMatch(alt)) return true;
        var hasSpace = alt.Contains(' ');
        if (!hasSpace && (alt.Contains('/') || alt.Contains('_') || alt.Contains('\\'))) return true;

        var path = src ?? "";
        var cut = path.IndexOfAny(['?', '#']);
        if (cut >= 0) path = path[..cut];
        var file = Uri.UnescapeDataString(path[(path.LastIndexOf('/') + 1)..]);
        if (file.Length == 0) return false;
        if (alt.Equals(file, StringComparison.OrdinalIgnoreCase)) return true;
        // A bare word like "Oxfam" for oxfam.png can be a fair alt; a slug like "team-photo-2" cannot.
        var stem = Path.GetFileNameWithoutExtension(file);
        return !hasSpace && alt.Equals(stem, StringComparison.OrdinalIgnoreCase) && stem.AsSpan().IndexOfAny("-_.0123456789") >= 0;
    }

    [GeneratedRegex(@"\.(jpe?g|png|gif|webp|avif|svg|heic|tiff?|bmp)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Extension();

    [GeneratedRegex(@"^(IMG|DSC|DSCN|DSCF|PXL|MVIMG|Screenshot|Screen Shot|WhatsApp Image)[ _-]?\d", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Camera();

    [GeneratedRegex(@"^(https?://|www\.)\S+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Url();
}
