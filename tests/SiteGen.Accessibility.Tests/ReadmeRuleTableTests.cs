using System.Text;

namespace SiteGen.Accessibility.Tests;

/// <summary>README.md's table of accessibility rules says what the rules' metadata says.</summary>
public class ReadmeRuleTableTests
{
    private const string Header =
        "| rule | name | WCAG 2.2 success criteria | level | kind | level A site | AA site (default) | AAA site |";

    [Fact]
    public void The_readme_table_of_rules_matches_the_rules()
    {
        var expected = Table();
        var actual = TableIn(File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md")));
        Assert.True(expected == actual, "README.md's table of rules is out of date. Replace it with:\n\n" + expected);
    }

    [Fact]
    public void The_table_gives_a_AAA_failure_as_a_warning_by_default_and_an_error_at_AAA() =>
        Assert.Contains(
            "| A11Y023 | link-new-window | 3.2.5 Change on Request | AAA | failure | warning | warning | error |",
            Table(), StringComparison.Ordinal);

    /// <summary>"id name" of each rule README.md's table lists, in the table's order.</summary>
    public static IReadOnlyList<string> RuleIdsAndNames()
    {
        var rows = TableIn(File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md"))).Split('\n').Skip(2)
            .Where(l => l.Length > 0).Select(l => l.Split('|', StringSplitOptions.TrimEntries)).ToList();
        Assert.NotEmpty(rows);
        return [.. rows.Select(cells => $"{cells[1]} {cells[2]}")];
    }

    /// <summary>The table as the rules' metadata makes it, one line a rule in id order.</summary>
    private static string Table()
    {
        var table = new StringBuilder().Append(Header).Append('\n').Append("|---|---|---|---|---|---|---|---|\n");
        foreach (var rule in AccessibilityChecker.Default.AllRules)
        {
            var criteria = string.Join(", ", Wcag22.NumbersIn(rule.Wcag).Select(n => $"{n} {Wcag22.Find(n)?.Name}"));
            var severities = Enum.GetValues<WcagLevel>().Select(l => rule.SeverityAt(l).ToString().ToLowerInvariant());
            table.Append($"| {rule.Id} | {rule.Name} | {criteria} | {rule.Level} | {KindName(rule.Kind)} | ")
                .Append(string.Join(" | ", severities)).Append(" |\n");
        }
        return table.ToString();
    }

    private static string KindName(RuleKind kind) => kind switch
    {
        RuleKind.BestPractice => "best practice",
        _ => kind.ToString().ToLowerInvariant(),
    };

    /// <summary>The lines of the table that starts with <see cref="Header"/>, or "" when the README has none.</summary>
    private static string TableIn(string readme)
    {
        var lines = readme.ReplaceLineEndings("\n").Split('\n');
        var start = Array.IndexOf(lines, Header);
        if (start < 0) return "";
        return string.Concat(lines.Skip(start).TakeWhile(l => l.StartsWith('|')).Select(l => l + "\n"));
    }

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "SiteGen.sln"))) return dir.FullName;
        throw new InvalidOperationException("Run the tests from inside the repository.");
    }
}
