namespace SiteGen.Accessibility;

/// <summary>One WCAG 2.2 success criterion: its number ("2.4.4"), short name and conformance level.</summary>
public sealed record SuccessCriterion(string Number, string Name, WcagLevel Level);
