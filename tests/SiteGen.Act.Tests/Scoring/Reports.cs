using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using SiteGen.Act.Tests.Suite;

namespace SiteGen.Act.Tests.Scoring;

/// <summary>The ACT implementation report, as a markdown table for the docs and as EARL in JSON-LD for W3C.</summary>
public static class Reports
{
    /// <summary>Where the reports live in the repository.</summary>
    public static string Folder => Path.Combine(ActSuite.RepositoryRoot, "docs", "act");

    /// <summary>The markdown page: both overall measures, then one row per ACT rule in scope.</summary>
    public static string Markdown()
    {
        var sb = new StringBuilder();
        var failed = Scoreboard.InScope.Sum(r => r.Failed);
        var others = Scoreboard.InScope.Sum(r => r.Others);
        sb.AppendLine("# SiteGen and the W3C ACT rules").AppendLine();
        sb.AppendLine("Written by `dotnet test tests/SiteGen.Act.Tests`; do not edit by hand. Each test case of the")
            .AppendLine($"{Scoreboard.InScope.Count} ACT rules a static checker can decide is checked as the whole document")
            .AppendLine("it is. \"Any finding\" counts every accessibility finding except those the bare ACT frame")
            .AppendLine("itself causes (no title, no main landmark); \"implementing rule\" counts only the SiteGen rules")
            .AppendLine("that declare the ACT rule. The ACT rules left out, with the reason, are in")
            .AppendLine("`tests/SiteGen.Act.Tests/Data/excluded-rules.txt`; EARL results are in `earl.jsonld`.").AppendLine();
        sb.AppendLine("| Measure | Failed cases flagged | Passed and inapplicable cases left clean |");
        sb.AppendLine("|---|---|---|");
        sb.AppendLine($"| Any finding | {Scoreboard.FailedFlagged(false)} / {failed} | {Scoreboard.OthersClean(false)} / {others} |");
        sb.AppendLine($"| Implementing rule | {Scoreboard.FailedFlagged(true)} / {failed} | {Scoreboard.OthersClean(true)} / {others} |");
        sb.AppendLine().AppendLine("| ACT rule | SiteGen rules | Consistency | Failed flagged | Others clean |");
        sb.AppendLine("|---|---|---|---|---|");
        foreach (var r in Scoreboard.InScope)
        {
            var rules = r.Implementing.Count == 0 ? "none" : string.Join(", ", r.Implementing.Select(RuleMap.Describe));
            sb.AppendLine($"| {r.Rule.Name} ({r.Rule.Id}) | {rules} | {r.Status} | "
                + $"{r.FailedFlagged(true)} / {r.Failed} | {r.OthersClean(true)} / {r.Others} |");
        }
        return sb.ToString();
    }

    /// <summary>EARL assertions for every case of every implemented ACT rule, in the form ACT implementation pages read.</summary>
    public static string Earl()
    {
        var graph = new JsonArray();
        foreach (var rule in Scoreboard.InScope.Where(r => r.Implementing.Count > 0))
            foreach (var c in rule.Cases)
                graph.Add(Subject(rule, c));
        var report = new JsonObject
        {
            ["@context"] = "https://act-rules.github.io/earl-context.json",
            ["@graph"] = graph,
        };
        return report.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }

    private static JsonObject Subject(RuleScore rule, CaseScore c)
    {
        var assertions = new JsonArray();
        foreach (var ruleId in rule.Implementing)
        {
            var failed = CaseRun.Of(c.Case).FlaggedBy.Contains(ruleId);
            assertions.Add(new JsonObject
            {
                ["@type"] = "Assertion",
                ["mode"] = "earl:automatic",
                ["assertedBy"] = new JsonObject { ["@type"] = "Assertor", ["title"] = "SiteGen" },
                ["test"] = new JsonObject { ["@type"] = "TestCase", ["title"] = RuleMap.Describe(ruleId) },
                ["result"] = new JsonObject
                {
                    ["@type"] = "TestResult",
                    ["outcome"] = failed ? "earl:failed" : "earl:passed",
                },
            });
        }
        return new JsonObject
        {
            ["@type"] = "TestSubject",
            ["source"] = c.Case.Url,
            ["title"] = $"{rule.Rule.Name}, {c.Case.Expected} Example {c.Case.Number}",
            ["assertions"] = assertions,
        };
    }
}
