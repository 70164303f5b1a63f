using System.Collections.Concurrent;
using SiteGen.Accessibility;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.EasyRead;
using SiteGen.EasyRead.Rules;
using SiteGen.Pipeline;
using SiteGen.Site;
using Document = SiteGen.Pipeline.Document;

namespace SiteGen.Checks;

/// <summary>
/// Accessibility and Easy Read rules switched off site-wide (site.yml accessibility.ignore) or for
/// one page (front matter accessibility.ignore with a reason); remembers which ignores were needed
/// so the rest can be reported as out of date.
/// </summary>
public sealed class Ignores(BuildContext context, AccessibilityChecker checker)
{
    private readonly ConcurrentDictionary<(string Source, string Entry), bool> used = new();

    /// <summary>True when the rule is ignored for the page; the ignore is then marked as used.</summary>
    public bool Suppresses(string ruleId, string ruleName, Document page)
    {
        if (Find(context.Site.Config, page, ruleId, ruleName) is not { } ignore) return false;
        return used[ignore] = true;
    }

    /// <summary>
    /// The ignore that switches the rule off for the page (site.yml's first, then the page's own) as
    /// where it is written and the entry, or null when the rule applies.
    /// </summary>
    public static (string Source, string Entry)? Find(SiteConfig config, Document page, string ruleId, string ruleName)
    {
        foreach (var entry in config.IgnoredRules)
            if (Matches(entry, ruleId, ruleName)) return (SiteConfigLoader.FileName, entry);
        if (page.Find(ContentKeys.FrontMatter)?.Accessibility is { } pageIgnore)
            foreach (var entry in pageIgnore.Rules)
                if (Matches(entry, ruleId, ruleName)) return (page.Source, entry);
        return null;
    }

    /// <summary>What <see cref="ReportUnused"/> reads of the pages: the ignores the Easy Read rules needed, and every ignore a page's front matter writes.</summary>
    public static PageIgnores OnPages(IEnumerable<Document> pages)
    {
        var easyRead = new HashSet<(string Source, string Entry)>();
        var written = new List<(string Entry, string Source, SourceLocation At)>();
        foreach (var page in pages)
        {
            // Easy Read rules run earlier, on the markdown, and leave on each page the ignores they needed.
            if (page.Find(EasyReadKeys.IgnoresUsed) is { } used) easyRead.UnionWith(used);
            if (page.Find(ContentKeys.FrontMatter) is { Accessibility: { } ignore } fm)
                foreach (var entry in ignore.Rules)
                    written.Add((entry, page.Source, new SourceLocation(page.Source, fm.LineOf("accessibility"), 1)));
        }
        return new PageIgnores(easyRead, written);
    }

    /// <summary>
    /// True when <see cref="OnPages"/> reads the same of both versions of a page. Their front matter is not compared:
    /// builds that keep what it read (the preview's, while no front matter changes) never differ in it.
    /// </summary>
    public static bool SameOnPage(Document page, Document before) =>
        page.Source == before.Source
        && (page.Find(EasyReadKeys.IgnoresUsed), before.Find(EasyReadKeys.IgnoresUsed)) switch
        {
            (null, null) => true,
            ({ } a, { } b) => a.SetEquals(b),
            _ => false,
        };

    /// <summary>Warns about ignores that name no rule, or that suppressed nothing in this build.</summary>
    public void ReportUnused(PageIgnores pages)
    {
        foreach (var ignore in pages.EasyReadUsed)
            used[ignore] = true;
        var known = checker.AllRules.SelectMany(r => new[] { r.Id, r.Name })
            .Concat(ReadabilityRules.All.SelectMany(r => new[] { r.Id, r.Name })).ToList();
        foreach (var entry in context.Site.Config.IgnoredRules)
            Check(entry, SiteConfigLoader.FileName, SourceLocation.StartOf(SiteConfigLoader.FileName), known);
        foreach (var (entry, source, at) in pages.Written)
            Check(entry, source, at, known);
    }

    private void Check(string entry, string source, SourceLocation at, List<string> known)
    {
        if (!known.Contains(entry, StringComparer.OrdinalIgnoreCase))
        {
            var nearest = Suggestion.Nearest(entry, known);
            context.Diagnostics.Warning(Codes.UnknownRule,
                $"\"{entry}\" is not a rule SiteGen checks{(nearest is null ? "" : $": did you mean {nearest}?")} The rules are listed in the README.", at);
        }
        else if (!used.ContainsKey((source, entry)))
            context.Diagnostics.Warning(Codes.UnusedIgnore,
                $"The check \"{entry}\" is switched off here but would find nothing now. Remove it from ignore so it protects this page again.", at);
    }

    private static bool Matches(string entry, string ruleId, string ruleName) =>
        entry.Equals(ruleId, StringComparison.OrdinalIgnoreCase) || entry.Equals(ruleName, StringComparison.OrdinalIgnoreCase);
}

/// <summary>What the report of unused ignores reads of a site's pages.</summary>
/// <param name="EasyReadUsed">The ignores the Easy Read rules needed, as where each is written and its entry.</param>
/// <param name="Written">Every ignore entry in the pages' front matter, with the page and where it is written, in page order.</param>
public sealed record PageIgnores(IReadOnlySet<(string Source, string Entry)> EasyReadUsed, IReadOnlyList<(string Entry, string Source, SourceLocation At)> Written);
