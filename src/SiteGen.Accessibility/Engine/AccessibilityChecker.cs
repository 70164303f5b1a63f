namespace SiteGen.Accessibility;

/// <summary>Runs the rules over pages; safe to call in parallel because rules hold no state.</summary>
public sealed class AccessibilityChecker
{
    // Rules are discovered by reflection rather than listed by hand: adding a rule is then exactly
    // one new class, and there is no registry to forget. The cost is paid once, at first use.
    private static readonly Lazy<AccessibilityChecker> DefaultChecker = new(() => new AccessibilityChecker(
        Discover<Rule>(), Discover<SiteRule>(), Discover<StylesheetRule>()));

    /// <summary>A checker with every rule shipped in this assembly, ordered by id.</summary>
    public static AccessibilityChecker Default => DefaultChecker.Value;

    /// <summary>A checker with a chosen set of rules (tests, or a generator that adds its own).</summary>
    public AccessibilityChecker(IEnumerable<Rule> rules, IEnumerable<SiteRule>? siteRules = null)
        : this(rules, siteRules, null)
    {
    }

    /// <summary>A checker with a chosen set of page, site and stylesheet rules.</summary>
    public AccessibilityChecker(IEnumerable<Rule> rules, IEnumerable<SiteRule>? siteRules, IEnumerable<StylesheetRule>? stylesheetRules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        Rules = rules.OrderBy(r => r.Id, StringComparer.Ordinal).ToArray();
        SiteRules = (siteRules ?? []).OrderBy(r => r.Id, StringComparer.Ordinal).ToArray();
        StylesheetRules = (stylesheetRules ?? []).OrderBy(r => r.Id, StringComparer.Ordinal).ToArray();
    }

    /// <summary>Rules that look at one page at a time.</summary>
    public IReadOnlyList<Rule> Rules { get; }

    /// <summary>Rules that run once over all pages.</summary>
    public IReadOnlyList<SiteRule> SiteRules { get; }

    /// <summary>Rules that run once over the theme's stylesheet.</summary>
    public IReadOnlyList<StylesheetRule> StylesheetRules { get; }

    /// <summary>Every page, site and stylesheet rule, for listing in docs or --help.</summary>
    public IEnumerable<RuleBase> AllRules =>
        Rules.Cast<RuleBase>().Concat(SiteRules).Concat(StylesheetRules).OrderBy(r => r.Id, StringComparer.Ordinal);

    /// <summary>Runs every page rule not ignored by the page's options over the one parsed DOM.</summary>
    public IReadOnlyList<Finding> CheckPage(PageContext page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var findings = new List<Finding>();
        foreach (var rule in Rules)
            if (!page.Options.IsIgnored(rule))
                findings.AddRange(rule.Check(page));
        return findings;
    }

    /// <summary>Runs every site rule over all pages; a finding is dropped when its page's options ignore the rule.</summary>
    public IReadOnlyList<Finding> CheckSite(IReadOnlyList<PageContext> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var summaries = pages.Select(Summarize).ToList();
        return CheckSite(summaries.Select(s => s.Page).ToList())
            .Select(f => new Finding(f.Rule.Id, f.Rule.Name, f.Rule.Wcag, f.Severity, f.Message, summaries[f.Page].Elements[SiteRuleIndex(f.Rule)], pages[f.Page]) { Help = f.Rule.Help })
            .ToList();
    }

    /// <summary>
    /// What every site rule needs of a parsed page, to compare once the DOM is gone, and for each rule the
    /// element a finding would point at (the caller locates those while the DOM is alive).
    /// </summary>
    public (SitePage Page, IReadOnlyList<AngleSharp.Dom.IElement?> Elements) Summarize(PageContext page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var collected = SiteRules.Select(r => r.Collect(page)).ToList();
        return (new SitePage(page.Url, page.Options, collected.Select(c => c?.Fact).ToList()), collected.Select(c => c?.Element).ToList());
    }

    /// <summary>Runs every site rule over the pages' summaries; a finding is dropped when its page's options ignore the rule.</summary>
    public IReadOnlyList<SiteRuleFinding> CheckSite(IReadOnlyList<SitePage> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var findings = new List<SiteRuleFinding>();
        if (pages.Count == 0) return findings;
        for (var r = 0; r < SiteRules.Count; r++)
        {
            var rule = SiteRules[r];
            if (pages.All(p => p.Options.IsIgnored(rule))) continue;
            var facts = pages.Select(p => new PageFact(p.Url, p.Facts[r])).ToList();
            findings.AddRange(rule.Compare(facts).Where(f => !pages[f.Page].Options.IsIgnored(rule))
                .Select(f => new SiteRuleFinding(rule, f.Page, f.Message,
                    rule.SeverityAt(pages[f.Page].Options.Level, f.Severity))));
        }
        return findings;
    }

    /// <summary>Where a site rule is in <see cref="SiteRules"/>: the index of its fact in a <see cref="SitePage"/> and of its element in <see cref="Summarize"/>'s answer.</summary>
    public int SiteRuleIndex(SiteRule rule)
    {
        for (var i = 0; i < SiteRules.Count; i++)
            if (ReferenceEquals(SiteRules[i], rule)) return i;
        throw new ArgumentException($"{rule} is not one of this checker's site rules.", nameof(rule));
    }

    /// <summary>Runs every stylesheet rule not ignored by the stylesheet's options over the parsed theme CSS.</summary>
    public IReadOnlyList<Finding> CheckStylesheet(StylesheetContext css)
    {
        ArgumentNullException.ThrowIfNull(css);
        var findings = new List<Finding>();
        foreach (var rule in StylesheetRules)
            if (!css.Options.IsIgnored(rule))
                findings.AddRange(rule.Check(css));
        return findings;
    }

    private static IEnumerable<T> Discover<T>() where T : RuleBase =>
        typeof(AccessibilityChecker).Assembly.GetTypes()
            .Where(t => typeof(T).IsAssignableFrom(t) && !t.IsAbstract && t.GetConstructor(Type.EmptyTypes) is not null)
            .Select(t => (T)Activator.CreateInstance(t)!);
}
