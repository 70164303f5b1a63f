using SiteGen.Accessibility;
using Severity = SiteGen.Diagnostics.Severity;

namespace SiteGen.Checks;

/// <summary>The accessibility library's rule for errors (<see cref="Conformance"/>), for other rules.</summary>
public static class Severities
{
    /// <summary>
    /// The severity of a finding of a rule that cites WCAG criteria (<paramref name="wcag"/>; null for a rule that
    /// cites none): the rule's own, except that an error for criteria above the site's level is a warning.
    /// </summary>
    public static Severity AtLevel(Severity own, string? wcag, WcagLevel siteLevel) =>
        own == Severity.Error && wcag is not null && !Conformance.AllowsError(wcag, siteLevel) ? Severity.Warning : own;
}
