namespace SiteGen.Accessibility;

/// <summary>What a site rule compares across pages: a key that two pages may share (a title in a language), and the words a message quotes.</summary>
public sealed record SiteFact(string Key, string Text);

/// <summary>One page as a site rule sees it after its DOM is gone: its address and its fact (null when it had none).</summary>
public sealed record PageFact(string Url, SiteFact? Fact);

/// <summary>A problem a site rule found on one page, named by its index among the pages compared.</summary>
/// <param name="Severity">The rule's own view of this finding (<see cref="RuleBase.SeverityAt"/>), or null.</param>
public sealed record SiteFinding(int Page, string Message, Severity? Severity = null);

/// <summary>
/// What every site rule took from one page (in <see cref="AccessibilityChecker.SiteRules"/> order), kept
/// after its DOM is dropped; <see cref="AccessibilityChecker.Summarize"/> makes it.
/// </summary>
public sealed record SitePage(string Url, CheckOptions Options, IReadOnlyList<SiteFact?> Facts);

/// <summary>A site rule's finding on a page, with the rule and the page's index among the summaries compared.</summary>
public sealed record SiteRuleFinding(SiteRule Rule, int Page, string Message, Severity Severity)
{
    /// <summary>The full diagnostic in the contract's form, as <see cref="Finding.Text"/>.</summary>
    public string Text => Finding.Compose(Message, Rule.Help, Rule.Wcag);
}
