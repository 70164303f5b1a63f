namespace SiteGen.Accessibility;

/// <summary>How sure a rule is that what it finds fails the success criteria it cites.</summary>
public enum RuleKind
{
    /// <summary>Every finding fails the criterion (a WCAG failure technique, or the criterion's own words).</summary>
    Failure,

    /// <summary>A finding is probably a failure, but the rule guesses from words or layout and may be wrong.</summary>
    Heuristic,

    /// <summary>Good practice that goes beyond what the criterion requires; the criterion is the closest one.</summary>
    BestPractice,
}
