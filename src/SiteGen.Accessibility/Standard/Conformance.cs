namespace SiteGen.Accessibility;

/// <summary>
/// Decides how serious a finding is, the same way for every kind of rule: an error only for a failure of a
/// success criterion at or below the level the site aims for; best practice, heuristics and criteria above
/// that level are warnings.
/// </summary>
public static class Conformance
{
    /// <summary>The level a site aims for unless site.yml says otherwise: WCAG 2.2 AA, the usual legal bar.</summary>
    public const WcagLevel DefaultLevel = WcagLevel.AA;

    /// <summary>
    /// The severity of a finding of a rule of <paramref name="kind"/> that cites <paramref name="reference"/>, on a
    /// site aiming for <paramref name="siteLevel"/>. <paramref name="judged"/> is the rule's own view of one finding
    /// (a warning for one it is unsure of, an error for one a heuristic rule is sure of); an error is still kept
    /// only for criteria at or below the site's level.
    /// </summary>
    public static Severity SeverityOf(RuleKind kind, string reference, WcagLevel siteLevel, Severity? judged = null)
    {
        var own = judged ?? (kind == RuleKind.Failure ? Severity.Error : Severity.Warning);
        return own != Severity.Error || AllowsError(reference, siteLevel) ? own : Severity.Warning;
    }

    /// <summary>
    /// True when a failure of the criteria <paramref name="reference"/> cites ("1.3.1, 2.4.6") is an error on a site
    /// aiming for <paramref name="siteLevel"/>.
    /// </summary>
    public static bool AllowsError(string reference, WcagLevel siteLevel) =>
        Wcag22.LowestLevelOf(reference) is { } level && level <= siteLevel;
}
