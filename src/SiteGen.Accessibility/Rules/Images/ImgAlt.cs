using AngleSharp.Dom;

namespace SiteGen.Accessibility.Rules;

/// <summary>Images carry a text alternative: alt (or another name) on img, a name on SVG images and on objects that
/// show an image, audio or video.</summary>
public sealed class ImgAlt : Rule
{
    public override string Id => "A11Y008";
    public override IReadOnlyList<string> Act => ["23a2a8", "7d6734", "8fc3b6"];
    public override string Name => "img-alt";
    public override string Wcag => "1.1.1";
    public override RuleKind Kind => RuleKind.Failure;
    public override string Help => "Describe the image in the alt text, ![like this](photo.jpg); if it is only decoration, add {.decorative} after it.";

    private const string Images =
        "img, svg[role=img], [role=img]:not(img):not(svg), [role=graphics-document], [role=graphics-symbol], "
        + "object[data]";

    // What an object shows, told by its type or its file's extension; other objects (a web page) need no name here.
    private static readonly HashSet<string> MediaExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".avif", ".bmp", ".ico", ".tif", ".tiff",
        ".mp3", ".wav", ".ogg", ".oga", ".m4a", ".aac", ".flac", ".mp4", ".webm", ".ogv", ".mov", ".m4v", ".avi",
    };

    public override IEnumerable<Finding> Check(PageContext page)
    {
        foreach (var img in page.QuerySelectorAll(Images))
        {
            if (page.IsHidden(img)) continue;
            if (img.LocalName is "img")
            {
                var alt = img.GetAttribute("alt");
                // An image named another way (aria-label, aria-labelledby, title) has a text alternative.
                if (alt is null)
                {
                    if (IsUnnamed(img))
                        yield return Report(page, img, $"The image \"{Dom.Quote(Src(img))}\" has no alt text.");
                }
                else if (alt.Length > 0 && string.IsNullOrWhiteSpace(alt) && IsUnnamed(img))
                    // Only alt="" marks an image as decorative: alt=" " leaves an image with no name.
                    yield return Report(page, img, $"The image \"{Dom.Quote(Src(img))}\" has alt text of only spaces: "
                        + "write alt=\"\" if it is decorative, or describe it.");
            }
            else if (img.LocalName == "object" && !IsImageObject(img))
                continue;
            else if (AccessibleName.Of(img).Length == 0)
            {
                var what = img.LocalName switch
                {
                    "object" => "embedded image, audio or video (<object>)",
                    "svg" => "SVG image",
                    _ => "image",
                };
                yield return Report(page, img, $"An {what} has no text alternative.");
            }
        }
    }

    private static bool IsUnnamed(IElement img) => !Dom.IsPresentational(img) && AccessibleName.Of(img).Length == 0;

    // An object with role=img, or with no role that shows an image, audio or video.
    private static bool IsImageObject(IElement obj) =>
        Dom.Role(obj) is var role && (role == "img" || role.Length == 0 && ShowsMedia(obj));

    private static bool ShowsMedia(IElement obj)
    {
        var type = obj.GetAttribute("type")?.Trim() ?? "";
        if (type.Length > 0) return type.StartsWith("image/", StringComparison.OrdinalIgnoreCase)
            || type.StartsWith("audio/", StringComparison.OrdinalIgnoreCase)
            || type.StartsWith("video/", StringComparison.OrdinalIgnoreCase);
        var path = (obj.GetAttribute("data") ?? "").Split('?', '#')[0];
        return MediaExtensions.Contains(Path.GetExtension(path));
    }

    private static string Src(IElement img) => Path.GetFileName(img.GetAttribute("src") ?? "") is { Length: > 0 } f ? f : "(no src)";
}
