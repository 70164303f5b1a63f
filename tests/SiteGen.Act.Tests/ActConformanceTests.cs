using SiteGen.Accessibility;
using SiteGen.Act.Tests.Scoring;
using SiteGen.Act.Tests.Suite;

namespace SiteGen.Act.Tests;

/// <summary>The W3C ACT test cases are the specification of every SiteGen rule that declares an ACT rule.</summary>
public sealed class ActConformanceTests
{
    public static TheoryData<string> DeclaredActRules => new(RuleMap.Implementing.Keys.Order(StringComparer.Ordinal));

    [Fact]
    public void Every_rule_file_is_read_with_its_test_cases()
    {
        Assert.NotEmpty(ActSuite.Rules);
        Assert.All(ActSuite.Rules, r => Assert.NotEmpty(r.Cases));
    }

    [Fact]
    public void No_case_crashes_the_checker()
    {
        var runs = ActSuite.Cases.Select(CaseRun.Of).ToList();
        Assert.NotEmpty(runs);
        var crashes = runs.Where(r => r.Crash is not null).Select(r => $"{r.Case.Key}: {r.Crash!.Message}").ToList();
        Assert.True(crashes.Count == 0, "Cases that crash the checker:\n" + string.Join("\n", crashes));
    }

    [Fact]
    public void Every_excluded_act_rule_exists_and_has_a_reason()
    {
        Assert.NotEmpty(DataFiles.ExcludedRules);
        var ids = ActSuite.Rules.Select(r => r.Id).ToHashSet();
        Assert.All(DataFiles.ExcludedRules, e => Assert.True(ids.Contains(e.Key) && e.Value.Length > 0, e.Key));
    }

    [Fact]
    public void Thirty_seven_act_rules_are_in_scope_for_a_static_checker() =>
        Assert.Equal(37, Scoreboard.InScope.Count);

    [Fact]
    public void Every_declared_act_rule_is_one_in_scope()
    {
        Assert.NotEmpty(RuleMap.Implementing);
        var inScope = Scoreboard.InScope.Select(r => r.Rule.Id).ToHashSet();
        Assert.All(RuleMap.Implementing.Keys, id => Assert.Contains(id, inScope));
    }

    [Theory]
    [MemberData(nameof(DeclaredActRules))]
    public void Declaring_rules_agree_with_every_case_not_listed_as_a_known_gap(string actId)
    {
        var score = Scoreboard.InScope.Single(r => r.Rule.Id == actId);
        Assert.NotEmpty(score.Cases);
        var wrong = score.Cases.Where(c => !c.AgreesStrictly && !DataFiles.KnownGaps.ContainsKey(c.Case.Key));
        var fixedGaps = score.Cases.Where(c => c.AgreesStrictly && DataFiles.KnownGaps.ContainsKey(c.Case.Key));
        Assert.True(!wrong.Any() && !fixedGaps.Any(),
            $"{string.Join(", ", score.Implementing)} on ACT {actId}:\n"
            + string.Concat(wrong.Select(c => $"  disagrees with {c.Case.Key}\n"))
            + string.Concat(fixedGaps.Select(c => $"  now agrees with {c.Case.Key}: remove it from known-gaps.txt\n")));
    }

    [Fact]
    public void Every_known_gap_is_a_case_of_a_declared_act_rule_with_a_reason()
    {
        var cases = ActSuite.Cases.Where(c => RuleMap.Implementing.ContainsKey(c.RuleId))
            .Select(c => c.Key).ToHashSet();
        Assert.All(DataFiles.KnownGaps, g => Assert.True(cases.Contains(g.Key) && g.Value.Length > 0, g.Key));
    }

    [Fact]
    public void Implementation_reports_in_docs_are_up_to_date()
    {
        var stale = new List<string>();
        Directory.CreateDirectory(Reports.Folder);
        foreach (var (name, text) in new[] { ("README.md", Reports.Markdown()), ("earl.jsonld", Reports.Earl()) })
        {
            var path = Path.Combine(Reports.Folder, name);
            if (File.Exists(path) && File.ReadAllText(path) == text) continue;
            // Written so that the fix is to commit them; the test fails until then.
            File.WriteAllText(path, text);
            stale.Add(path);
        }
        Assert.True(stale.Count == 0, "Reports were out of date and have been rewritten:\n" + string.Join("\n", stale));
    }
}
