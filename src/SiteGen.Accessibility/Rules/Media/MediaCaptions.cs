using AngleSharp.Dom;

namespace SiteGen.Accessibility.Rules;

/// <summary>Video has captions: a captions track on video elements (error), and a transcript link next to embedded players (warning).</summary>
public sealed class MediaCaptions : Rule
{
    private static readonly string[] VideoHosts =
        ["youtube.com", "youtube-nocookie.com", "youtu.be", "vimeo.com", "dailymotion.com", "facebook.com/plugins/video"];

    public override string Id => "A11Y038";
    public override string Name => "media-captions";
    public override string Wcag => "1.2.2, 1.2.3";
    public override RuleKind Kind => RuleKind.Failure;
    public override string Help => "Add captions to the video, and a link to a transcript beside it whose text includes the word \"transcript\".";

    public override IEnumerable<Finding> Check(PageContext page)
    {
        foreach (var video in page.QuerySelectorAll("video"))
        {
            var hasCaptions = video.QuerySelectorAll("track").Any(t =>
                string.Equals(t.GetAttribute("kind")?.Trim(), "captions", StringComparison.OrdinalIgnoreCase));
            if (!hasCaptions && !page.IsHidden(video))
                yield return Report(page, video, "The video has no captions track.");
        }

        foreach (var frame in page.QuerySelectorAll("iframe[src]"))
        {
            var src = frame.GetAttribute("src")!;
            if (!VideoHosts.Any(h => src.Contains(h, StringComparison.OrdinalIgnoreCase)) || page.IsHidden(frame)) continue;
            // Captions inside a third-party player cannot be checked; a transcript next to it can.
            if (!Transcripts.HasTranscriptNear(frame))
                yield return Report(page, frame, $"The embedded video \"{Dom.Quote(AccessibleName.Of(frame), 40)}\" has no transcript link next to it.", Severity.Warning);
        }
    }
}

/// <summary>Finds a "transcript" link in the same figure or section as a media element.</summary>
internal static class Transcripts
{
    public static bool HasTranscriptNear(IElement media)
    {
        var scope = media.Closest("figure, section, article, main, body") ?? media.ParentElement;
        return scope is not null && scope.QuerySelectorAll("a[href]").Any(a =>
            AccessibleName.Of(a).Contains("transcript", StringComparison.OrdinalIgnoreCase)
            // Welsh: trawsgrifiad.
            || AccessibleName.Of(a).Contains("trawsgrifiad", StringComparison.OrdinalIgnoreCase));
    }
}
