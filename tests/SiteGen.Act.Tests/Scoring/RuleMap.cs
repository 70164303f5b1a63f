using SiteGen.Accessibility;

namespace SiteGen.Act.Tests.Scoring;

/// <summary>Which of SiteGen's rules implement each ACT rule, read from the rules' own metadata.</summary>
public static class RuleMap
{
    /// <summary>SiteGen rule ids by the ACT rule id they declare.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Implementing { get; } =
        AccessibilityChecker.Default.AllRules
            .SelectMany(rule => rule.Act.Select(act => (Act: act, Rule: rule.Id)))
            .GroupBy(p => p.Act, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(p => p.Rule).Distinct().Order().ToList());

    /// <summary>The SiteGen rules that implement the ACT rule; empty when none does.</summary>
    public static IReadOnlyList<string> For(string actId) => Implementing.GetValueOrDefault(actId) ?? [];

    /// <summary>"A11Y008 img-alt" for a rule id, as reports name it.</summary>
    public static string Describe(string ruleId) =>
        AccessibilityChecker.Default.AllRules.First(r => r.Id == ruleId).ToString();
}
