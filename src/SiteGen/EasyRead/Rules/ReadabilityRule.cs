using SiteGen.Diagnostics;
using SiteGen.EasyRead.Model;

namespace SiteGen.EasyRead.Rules;

/// <summary>A readability problem found by a rule, at the markdown position it comes from.</summary>
/// <param name="Wcag">The WCAG 2.2 criteria the rule checks, or null for Easy Read guidance alone.</param>
public sealed record ReadabilityFinding(
    string RuleId, string RuleName, Severity Severity, string Message, MarkdownPosition At, string? Wcag = null);

/// <summary>
/// One Easy Read check: an id, a name from the research catalogue (er-...), a severity, the
/// standards it comes from, how to fix what it finds, and one <see cref="Check"/> method.
/// Rules hold no state, so pages can be checked in parallel.
/// </summary>
public abstract class ReadabilityRule
{
    /// <summary>Stable id such as "ER001"; never reused for another rule.</summary>
    public abstract string Id { get; }

    /// <summary>Kebab-case name from the research catalogue, e.g. "er-sentence-length".</summary>
    public abstract string Name { get; }

    /// <summary>Default severity of this rule's findings.</summary>
    public abstract Severity Severity { get; }

    /// <summary>The WCAG 2.2 criteria the rule checks ("1.1.1"; <see cref="Accessibility.Wcag22"/>), or null.</summary>
    /// <remarks>A rule that cites WCAG makes errors only for criteria at or below the site's level.</remarks>
    public virtual string? Wcag => null;

    /// <summary>The guidance the rule enforces (Mencap, GOV.UK, W3C COGA ...).</summary>
    public abstract string Source { get; }

    /// <summary>How an author fixes the problem, in plain English.</summary>
    public abstract string Help { get; }

    /// <summary>Every problem this rule finds on the page.</summary>
    public abstract IEnumerable<ReadabilityFinding> Check(ReadabilityPage page);

    /// <summary>A finding with this rule's metadata; the help follows the message.</summary>
    protected ReadabilityFinding Report(MarkdownPosition at, string message, Severity? severity = null) =>
        new(Id, Name, severity ?? Severity, $"{message} {Help}", at, Wcag);

    public override string ToString() => $"{Id} {Name}";
}
