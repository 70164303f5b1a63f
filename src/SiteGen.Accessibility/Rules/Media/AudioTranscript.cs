namespace SiteGen.Accessibility.Rules;

/// <summary>Audio (a podcast, a recorded talk) has a transcript link next to it.</summary>
public sealed class AudioTranscript : Rule
{
    public override string Id => "A11Y039";
    public override string Name => "audio-transcript";
    public override string Wcag => "1.2.1";
    public override RuleKind Kind => RuleKind.Heuristic;
    public override string Help => "Publish a transcript and link to it beside the audio, with the word \"transcript\" in the link text.";

    public override IEnumerable<Finding> Check(PageContext page)
    {
        foreach (var audio in page.QuerySelectorAll("audio"))
            if (!page.IsHidden(audio) && !Transcripts.HasTranscriptNear(audio))
                yield return Report(page, audio, "The audio has no transcript link next to it.");
    }
}
