namespace SiteGen.Accessibility.Rules;

/// <summary>Audio and video do not start by themselves; sound over a screen reader drowns it out.</summary>
public sealed class MediaAutoplay : Rule
{
    public override string Id => "A11Y040";
    public override string Name => "media-autoplay";
    public override string Wcag => "1.4.2, 2.2.2";
    public override RuleKind Kind => RuleKind.Failure;
    public override string Help => "Remove autoplay so people start the media when they choose.";

    public override IEnumerable<Finding> Check(PageContext page)
    {
        foreach (var media in page.QuerySelectorAll("audio[autoplay], video[autoplay]"))
        {
            // A muted video with controls is silent and can be paused: allowed.
            if (media.LocalName == "video" && media.HasAttribute("muted") && media.HasAttribute("controls")) continue;
            yield return Report(page, media, $"The {media.LocalName} starts playing by itself.");
        }
    }
}
