using SiteGen.Accessibility;
using A11ySeverity = SiteGen.Accessibility.Severity;
using Severity = SiteGen.Diagnostics.Severity;

namespace SiteGen.Checks;

/// <summary>The accessibility library's severities in diagnostics' terms, and its rule for errors (<see cref="Conformance"/>).</summary>
public static class Severities
{
    /// <summary>A finding's severity as a diagnostic's.</summary>
    public static Severity Of(A11ySeverity severity) => severity switch
    {
        A11ySeverity.Error => Severity.Error,
        A11ySeverity.Warning => Severity.Warning,
        _ => Severity.Info,
    };

    /// <summary>
    /// The severity of a finding of a rule that cites WCAG criteria (<paramref name="wcag"/>; null for a rule that
    /// cites none): the rule's own, except that an error for criteria above the site's level is a warning.
    /// </summary>
    public static Severity AtLevel(Severity own, string? wcag, WcagLevel siteLevel) =>
        own == Severity.Error && wcag is not null && !Conformance.AllowsError(wcag, siteLevel) ? Severity.Warning : own;
}
