using System.Text.RegularExpressions;

namespace SiteGen.Accessibility.Rules;

/// <summary>Alt text is not a placeholder word such as "image" or "photo" (WCAG failures F30, F39).</summary>
public sealed partial class ImgAltPlaceholder : Rule
{
    private static readonly HashSet<string> Placeholders = new(StringComparer.Ordinal)
    {
        "image", "img", "photo", "photograph", "picture", "graphic", "pic", "logo", "icon", "banner", "alt", "alt text",
        "untitled", "placeholder", "spacer", "thumbnail", "screenshot", "-", ".", "_", "*",
        // Welsh: llun (picture/photo), delwedd (image), eicon (icon).
        "llun", "delwedd", "eicon",
    };

    public override string Id => "A11Y010";
    public override string Name => "img-alt-placeholder";
    public override string Wcag => "1.1.1";
    public override RuleKind Kind => RuleKind.Failure;
    public override string Help => "Describe what the image shows, or mark it {.decorative} if it adds nothing.";

    public override IEnumerable<Finding> Check(PageContext page)
    {
        foreach (var img in page.QuerySelectorAll("img[alt]"))
        {
            var alt = img.GetAttribute("alt")!.Trim();
            if (alt.Length == 0 || page.IsHidden(img)) continue;
            if (IsPlaceholder(alt))
                yield return Report(page, img, $"The alt text \"{Dom.Quote(alt)}\" does not describe the image.");
        }
    }

    internal static bool IsPlaceholder(string alt)
    {
        var normal = Dom.Collapse(alt).ToLowerInvariant();
        if (Placeholders.Contains(normal)) return true;
        normal = normal.TrimEnd('.', '!', ':');
        return Placeholders.Contains(normal) || Numbered().IsMatch(normal);
    }

    [GeneratedRegex(@"^(image|img|photo|picture|pic|graphic)[ _-]?\d+$", RegexOptions.CultureInvariant)]
    private static partial Regex Numbered();
}
