using SiteGen.Act.Tests.Suite;

namespace SiteGen.Act.Tests.Scoring;

/// <summary>How SiteGen agrees with one ACT rule's cases, counted both ways the issue counts them.</summary>
public sealed record RuleScore(ActRuleFile Rule, IReadOnlyList<string> Implementing, IReadOnlyList<CaseScore> Cases)
{
    /// <summary>Failed examples, which a checker must flag.</summary>
    public int Failed => Cases.Count(c => c.Case.Expected == Expected.Failed);

    /// <summary>Passed and inapplicable examples, which a checker must leave clean.</summary>
    public int Others => Cases.Count - Failed;

    /// <summary>Failed examples flagged by any rule (any) or by an implementing rule (strict).</summary>
    public int FailedFlagged(bool strict) => Cases.Count(c => c.Case.Expected == Expected.Failed && c.Flagged(strict));

    /// <summary>Passed and inapplicable examples left clean by all rules (any) or by implementing ones (strict).</summary>
    public int OthersClean(bool strict) => Cases.Count(c => c.Case.Expected != Expected.Failed && !c.Flagged(strict));

    /// <summary>consistent: all cases agree; partially consistent: a failed example is flagged; else not implemented.
    /// </summary>
    public string Status =>
        Implementing.Count == 0 || FailedFlagged(strict: true) == 0 && Failed > 0 ? "not implemented"
        : Cases.All(c => c.AgreesStrictly) ? "consistent"
        : "partially consistent";
}

/// <summary>One case's outcome: flagged by any finding about it, and by the rules implementing its ACT rule.</summary>
public sealed record CaseScore(ActCase Case, bool FlaggedByAny, bool FlaggedByImplementing)
{
    /// <summary>Flagged under the strict measure (implementing rule only) or the broad one (any finding).</summary>
    public bool Flagged(bool strict) => strict ? FlaggedByImplementing : FlaggedByAny;

    /// <summary>True when the implementing rules' verdict is what the case expects.</summary>
    public bool AgreesStrictly => FlaggedByImplementing == (Case.Expected == Expected.Failed);
}

/// <summary>The scores of every ACT rule a static checker can decide.</summary>
public static class Scoreboard
{
    /// <summary>
    /// Rules that flag the bare frame most ACT cases are written in (a fragment: no lang, no title, no main landmark):
    /// their findings are about that frame, not the case, so the broad measure leaves them out unless they implement
    /// the ACT rule.
    /// </summary>
    public static IReadOnlySet<string> FrameRules { get; } = CaseRun
        .CheckHtml("<p>Some text.</p>")
        .Select(f => f.RuleId).ToHashSet(StringComparer.Ordinal);

    /// <summary>The ACT rules in scope (not excluded in the data file), each scored.</summary>
    public static IReadOnlyList<RuleScore> InScope { get; } = ActSuite.Rules
        .Where(r => !DataFiles.ExcludedRules.ContainsKey(r.Id))
        .Select(Score)
        .ToList();

    /// <summary>Total failed examples flagged, under either measure.</summary>
    public static int FailedFlagged(bool strict) => InScope.Sum(r => r.FailedFlagged(strict));

    /// <summary>Total passed and inapplicable examples left clean, under either measure.</summary>
    public static int OthersClean(bool strict) => InScope.Sum(r => r.OthersClean(strict));

    private static RuleScore Score(ActRuleFile rule)
    {
        var implementing = RuleMap.For(rule.Id);
        var cases = rule.Cases.Select(c =>
        {
            var flagged = CaseRun.Of(c).FlaggedBy;
            var any = flagged.Any(id => !FrameRules.Contains(id) || implementing.Contains(id));
            return new CaseScore(c, any, flagged.Any(implementing.Contains));
        }).ToList();
        return new RuleScore(rule, implementing, cases);
    }
}
