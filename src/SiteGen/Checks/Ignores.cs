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

    /// <summary>Warns about ignores that name no rule, or that suppressed nothing in this build.</summary>
    public void ReportUnused(IEnumerable<Document> pages)
    {
        pages = pages.ToList();
        // Easy Read rules run earlier, on the markdown, and leave on each page the ignores they needed.
        foreach (var page in pages)
            foreach (var ignore in page.Find(EasyReadKeys.IgnoresUsed) ?? new HashSet<(string Source, string Entry)>())
                used[ignore] = true;
        var known = checker.AllRules.SelectMany(r => new[] { r.Id, r.Name })
            .Concat(ReadabilityRules.All.SelectMany(r => new[] { r.Id, r.Name })).ToList();
        foreach (var entry in context.Site.Config.IgnoredRules)
            Check(entry, SiteConfigLoader.FileName, SourceLocation.StartOf(SiteConfigLoader.FileName), known);
        foreach (var page in pages)
            if (page.Find(ContentKeys.FrontMatter) is { Accessibility: { } ignore } fm)
                foreach (var entry in ignore.Rules)
                    Check(entry, page.Source, new SourceLocation(page.Source, fm.LineOf("accessibility"), 1), known);
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
