using AngleSharp.Css.Dom;
using AngleSharp.Dom;

namespace SiteGen.Accessibility;

/// <summary>Metadata shared by page rules and site rules, kept apart from their logic.</summary>
public abstract class RuleBase
{
    /// <summary>Stable id such as "A11Y012"; never reused for another rule.</summary>
    public abstract string Id { get; }

    /// <summary>Kebab-case name from the research catalogue, e.g. "link-text-vague".</summary>
    public abstract string Name { get; }

    /// <summary>WCAG success criterion, or several separated by ", ", e.g. "2.4.4" or "1.3.1, 2.4.6".</summary>
    public abstract string Wcag { get; }

    /// <summary>Whether a finding is a definite failure of the criteria cited, a guess, or best practice.</summary>
    public abstract RuleKind Kind { get; }

    /// <summary>The lowest level among the criteria cited (<see cref="Wcag22"/>); null when none is in it.</summary>
    public WcagLevel? Level => Wcag22.LowestLevelOf(Wcag);

    /// <summary>The severity of this rule's findings at a site level (<see cref="Conformance"/>).</summary>
    /// <param name="judged">The rule's own view of one finding, when it differs from the rule's kind.</param>
    public Severity SeverityAt(WcagLevel siteLevel, Severity? judged = null) =>
        Conformance.SeverityOf(Kind, Wcag, siteLevel, judged ?? (Advisory ? Severity.Info : null));

    /// <summary>True for advice no criterion requires (W3C ACT rules pass what it reports): shown as info, never a
    /// warning.</summary>
    public virtual bool Advisory => false;

    /// <summary>How a comms officer fixes the problem, in plain English.</summary>
    public abstract string Help { get; }

    /// <summary>Ids of the W3C ACT rules this rule implements, e.g. "23a2a8"; empty when it implements none.</summary>
    public virtual IReadOnlyList<string> Act => [];

    /// <summary>
    /// Builds a finding carrying this rule's metadata, its severity decided for the page's site level; a rule
    /// passes <paramref name="severity"/> for a finding it is less (or, for a heuristic, more) sure of than usual.
    /// </summary>
    protected Finding Report(PageContext page, IElement? element, string message, Severity? severity = null) =>
        new(Id, Name, Wcag, SeverityAt(page.Options.Level, severity), message, element, page) { Help = Help };

    /// <inheritdoc />
    public override string ToString() => $"{Id} {Name}";
}

/// <summary>A check that looks at one page's DOM at a time; implementations must be stateless.</summary>
public abstract class Rule : RuleBase
{
    /// <summary>Returns every problem this rule finds on the page.</summary>
    public abstract IEnumerable<Finding> Check(PageContext page);
}

/// <summary>
/// A check that compares pages across the site, e.g. unique page titles. It works in two steps, so a
/// site's DOMs need not all be kept: <see cref="Collect"/> takes a small fact from each page while it is
/// parsed, and <see cref="Compare"/> then looks at the facts of every page.
/// </summary>
public abstract class SiteRule : RuleBase
{
    /// <summary>What the rule compares, taken from one parsed page, with the element a finding about it points at; null when the page has nothing to compare.</summary>
    public abstract (SiteFact Fact, IElement? Element)? Collect(PageContext page);

    /// <summary>Returns every problem this rule finds across the pages' facts, each naming its page by index.</summary>
    public abstract IEnumerable<SiteFinding> Compare(IReadOnlyList<PageFact> pages);

    /// <summary>Both steps over pages that are all still parsed: findings that point at their elements.</summary>
    public IEnumerable<Finding> Check(IReadOnlyList<PageContext> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var collected = pages.Select(Collect).ToList();
        foreach (var finding in Compare(pages.Select((p, i) => new PageFact(p.Url, collected[i]?.Fact)).ToList()))
            yield return Report(pages[finding.Page], collected[finding.Page]?.Element, finding.Message, finding.Severity);
    }
}

/// <summary>A check on a theme stylesheet (class C: computed from the CSS without a browser); implementations must be stateless.</summary>
public abstract class StylesheetRule : RuleBase
{
    /// <summary>Returns every problem this rule finds in the stylesheet.</summary>
    public abstract IEnumerable<Finding> Check(StylesheetContext css);

    /// <summary>Builds a finding located at the CSS rule (its selector's line and column; line 1 when rule is null).</summary>
    protected Finding Report(StylesheetContext css, ICssRule? rule, string message, Severity? severity = null)
    {
        var (line, column) = css.Locate(rule);
        return new Finding(Id, Name, Wcag, SeverityAt(css.Options.Level, severity), message, null, css.Page)
        {
            Help = Help,
            Stylesheet = css.Path,
            SourceLine = line,
            SourceColumn = column,
        };
    }
}
