namespace SiteGen.Accessibility;

/// <summary>The success criteria of WCAG 2.2 (W3C Recommendation, October 2023): the one table rules cite.</summary>
/// <remarks>4.1.1 Parsing was made obsolete and removed in WCAG 2.2, so it is not here and cannot be cited.</remarks>
public static class Wcag22
{
    /// <summary>All 86 criteria, in the standard's order.</summary>
    public static IReadOnlyList<SuccessCriterion> Criteria { get; } =
    [
        new("1.1.1", "Non-text Content", WcagLevel.A),
        new("1.2.1", "Audio-only and Video-only (Prerecorded)", WcagLevel.A),
        new("1.2.2", "Captions (Prerecorded)", WcagLevel.A),
        new("1.2.3", "Audio Description or Media Alternative (Prerecorded)", WcagLevel.A),
        new("1.2.4", "Captions (Live)", WcagLevel.AA),
        new("1.2.5", "Audio Description (Prerecorded)", WcagLevel.AA),
        new("1.2.6", "Sign Language (Prerecorded)", WcagLevel.AAA),
        new("1.2.7", "Extended Audio Description (Prerecorded)", WcagLevel.AAA),
        new("1.2.8", "Media Alternative (Prerecorded)", WcagLevel.AAA),
        new("1.2.9", "Audio-only (Live)", WcagLevel.AAA),
        new("1.3.1", "Info and Relationships", WcagLevel.A),
        new("1.3.2", "Meaningful Sequence", WcagLevel.A),
        new("1.3.3", "Sensory Characteristics", WcagLevel.A),
        new("1.3.4", "Orientation", WcagLevel.AA),
        new("1.3.5", "Identify Input Purpose", WcagLevel.AA),
        new("1.3.6", "Identify Purpose", WcagLevel.AAA),
        new("1.4.1", "Use of Color", WcagLevel.A),
        new("1.4.2", "Audio Control", WcagLevel.A),
        new("1.4.3", "Contrast (Minimum)", WcagLevel.AA),
        new("1.4.4", "Resize Text", WcagLevel.AA),
        new("1.4.5", "Images of Text", WcagLevel.AA),
        new("1.4.6", "Contrast (Enhanced)", WcagLevel.AAA),
        new("1.4.7", "Low or No Background Audio", WcagLevel.AAA),
        new("1.4.8", "Visual Presentation", WcagLevel.AAA),
        new("1.4.9", "Images of Text (No Exception)", WcagLevel.AAA),
        new("1.4.10", "Reflow", WcagLevel.AA),
        new("1.4.11", "Non-text Contrast", WcagLevel.AA),
        new("1.4.12", "Text Spacing", WcagLevel.AA),
        new("1.4.13", "Content on Hover or Focus", WcagLevel.AA),
        new("2.1.1", "Keyboard", WcagLevel.A),
        new("2.1.2", "No Keyboard Trap", WcagLevel.A),
        new("2.1.3", "Keyboard (No Exception)", WcagLevel.AAA),
        new("2.1.4", "Character Key Shortcuts", WcagLevel.A),
        new("2.2.1", "Timing Adjustable", WcagLevel.A),
        new("2.2.2", "Pause, Stop, Hide", WcagLevel.A),
        new("2.2.3", "No Timing", WcagLevel.AAA),
        new("2.2.4", "Interruptions", WcagLevel.AAA),
        new("2.2.5", "Re-authenticating", WcagLevel.AAA),
        new("2.2.6", "Timeouts", WcagLevel.AAA),
        new("2.3.1", "Three Flashes or Below Threshold", WcagLevel.A),
        new("2.3.2", "Three Flashes", WcagLevel.AAA),
        new("2.3.3", "Animation from Interactions", WcagLevel.AAA),
        new("2.4.1", "Bypass Blocks", WcagLevel.A),
        new("2.4.2", "Page Titled", WcagLevel.A),
        new("2.4.3", "Focus Order", WcagLevel.A),
        new("2.4.4", "Link Purpose (In Context)", WcagLevel.A),
        new("2.4.5", "Multiple Ways", WcagLevel.AA),
        new("2.4.6", "Headings and Labels", WcagLevel.AA),
        new("2.4.7", "Focus Visible", WcagLevel.AA),
        new("2.4.8", "Location", WcagLevel.AAA),
        new("2.4.9", "Link Purpose (Link Only)", WcagLevel.AAA),
        new("2.4.10", "Section Headings", WcagLevel.AAA),
        new("2.4.11", "Focus Not Obscured (Minimum)", WcagLevel.AA),
        new("2.4.12", "Focus Not Obscured (Enhanced)", WcagLevel.AAA),
        new("2.4.13", "Focus Appearance", WcagLevel.AAA),
        new("2.5.1", "Pointer Gestures", WcagLevel.A),
        new("2.5.2", "Pointer Cancellation", WcagLevel.A),
        new("2.5.3", "Label in Name", WcagLevel.A),
        new("2.5.4", "Motion Actuation", WcagLevel.A),
        new("2.5.5", "Target Size (Enhanced)", WcagLevel.AAA),
        new("2.5.6", "Concurrent Input Mechanisms", WcagLevel.AAA),
        new("2.5.7", "Dragging Movements", WcagLevel.AA),
        new("2.5.8", "Target Size (Minimum)", WcagLevel.AA),
        new("3.1.1", "Language of Page", WcagLevel.A),
        new("3.1.2", "Language of Parts", WcagLevel.AA),
        new("3.1.3", "Unusual Words", WcagLevel.AAA),
        new("3.1.4", "Abbreviations", WcagLevel.AAA),
        new("3.1.5", "Reading Level", WcagLevel.AAA),
        new("3.1.6", "Pronunciation", WcagLevel.AAA),
        new("3.2.1", "On Focus", WcagLevel.A),
        new("3.2.2", "On Input", WcagLevel.A),
        new("3.2.3", "Consistent Navigation", WcagLevel.AA),
        new("3.2.4", "Consistent Identification", WcagLevel.AA),
        new("3.2.5", "Change on Request", WcagLevel.AAA),
        new("3.2.6", "Consistent Help", WcagLevel.A),
        new("3.3.1", "Error Identification", WcagLevel.A),
        new("3.3.2", "Labels or Instructions", WcagLevel.A),
        new("3.3.3", "Error Suggestion", WcagLevel.AA),
        new("3.3.4", "Error Prevention (Legal, Financial, Data)", WcagLevel.AA),
        new("3.3.5", "Help", WcagLevel.AAA),
        new("3.3.6", "Error Prevention (All)", WcagLevel.AAA),
        new("3.3.7", "Redundant Entry", WcagLevel.A),
        new("3.3.8", "Accessible Authentication (Minimum)", WcagLevel.AA),
        new("3.3.9", "Accessible Authentication (Enhanced)", WcagLevel.AAA),
        new("4.1.2", "Name, Role, Value", WcagLevel.A),
        new("4.1.3", "Status Messages", WcagLevel.AA),
    ];

    private static readonly Dictionary<string, SuccessCriterion> ByNumber =
        Criteria.ToDictionary(c => c.Number, StringComparer.Ordinal);

    /// <summary>The criterion numbered <paramref name="number"/> ("2.4.4"), or null when WCAG 2.2 has none.</summary>
    public static SuccessCriterion? Find(string number) => ByNumber.GetValueOrDefault(number.Trim());

    /// <summary>The numbers in a rule's reference: "1.3.1, 2.4.6" gives 1.3.1 and 2.4.6.</summary>
    public static IReadOnlyList<string> NumbersIn(string reference) =>
        reference.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>
    /// The lowest level among the criteria a reference cites (a finding fails each of them, so the easiest
    /// to meet decides); null when it cites no criterion of WCAG 2.2.
    /// </summary>
    public static WcagLevel? LowestLevelOf(string reference) =>
        NumbersIn(reference).Select(Find).OfType<SuccessCriterion>().Select(c => (WcagLevel?)c.Level).Min();
}
