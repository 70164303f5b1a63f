using SiteGen.Accessibility;
using SiteGen.Act.Tests.Suite;

namespace SiteGen.Act.Tests.Scoring;

/// <summary>What SiteGen's checker found on one ACT test case: the rules that flagged it, or the crash.</summary>
public sealed record CaseRun(ActCase Case, IReadOnlySet<string> FlaggedBy, Exception? Crash)
{
    private static readonly Lazy<IReadOnlyDictionary<ActCase, CaseRun>> All =
        new(() => ActSuite.Cases.ToDictionary(c => c, Check));

    /// <summary>The run of a case, each case checked once per test run.</summary>
    public static CaseRun Of(ActCase actCase) => All.Value[actCase];

    /// <summary>Checks the case's HTML as a whole document, as a browser would parse it.</summary>
    public static CaseRun Check(ActCase actCase)
    {
        try
        {
            // Advice shown as info is not a finding the issue counts: only errors and warnings are.
            var findings = CheckHtml(actCase.Html).Where(f => f.Severity != Severity.Info);
            return new CaseRun(actCase, findings.Select(f => f.RuleId).ToHashSet(StringComparer.Ordinal), null);
        }
        catch (Exception e)
        {
            return new CaseRun(actCase, new HashSet<string>(), e);
        }
    }

    /// <summary>Every page rule's findings on the HTML, parsed as a whole document.</summary>
    public static IReadOnlyList<Finding> CheckHtml(string html) =>
        AccessibilityChecker.Default.CheckPage(PageContext.Parse(html, "/act/", CheckOptions.Default));
}
