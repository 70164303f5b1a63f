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

    private const string Introduction = """
        # SiteGen and the W3C ACT rules

        Written by `dotnet test tests/SiteGen.Act.Tests`; do not edit by hand. The ACT rules a static checker
        cannot decide (they need script, layout, media or a person's judgement) are left out, each with its
        reason, in `tests/SiteGen.Act.Tests/Data/excluded-rules.txt`. EARL results are in `earl.jsonld`.

        Each test case is checked as the whole document it is, as a browser parses it, not wrapped in the
        theme: many cases are about the document itself (its `lang`, `title`, `meta` elements), which a theme
        page would replace or hide, and the theme's own links, ids and landmarks would mix with the case's.
        "Any finding" counts every accessibility finding, errors and warnings (advice shown as info is not), except those the bare frame
        most cases are written in causes by itself (no `lang`, no title, no main landmark, no heading), unless
        the rule implements the ACT rule; "implementing rule" counts only the SiteGen rules that declare it.

        """;

    /// <summary>The markdown page: both overall measures, then one row per ACT rule in scope.</summary>
    public static string Markdown()
    {
        var sb = new StringBuilder(Introduction.ReplaceLineEndings("\n")).Append('\n');
        var failed = Scoreboard.InScope.Sum(r => r.Failed);
        var others = Scoreboard.InScope.Sum(r => r.Others);
        sb.Append("| Measure | Failed cases flagged | Passed and inapplicable cases left clean |\n|---|---|---|\n");
        foreach (var (measure, strict) in new[] { ("Any finding", false), ("Implementing rule", true) })
            sb.Append($"| {measure} | {Scoreboard.FailedFlagged(strict)} / {failed} | ")
                .Append($"{Scoreboard.OthersClean(strict)} / {others} |\n");
        sb.Append("\n| ACT rule | SiteGen rules | Consistency | Failed flagged | Others clean |\n")
            .Append("|---|---|---|---|---|\n");
        foreach (var r in Scoreboard.InScope)
        {
            var rules = r.Implementing.Count == 0 ? "none" : string.Join(", ", r.Implementing.Select(RuleMap.Describe));
            sb.Append($"| {r.Rule.Name} ({r.Rule.Id}) | {rules} | {r.Status} | ")
                .Append($"{r.FailedFlagged(true)} / {r.Failed} | {r.OthersClean(true)} / {r.Others} |\n");
        }
        return sb.ToString();
    }

    /// <summary>EARL assertions for each case of each implemented ACT rule, as ACT pages read them.</summary>
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
