namespace SiteGen.Accessibility.Tests;

/// <summary>
/// One rule's sentences from tests/real-writing/&lt;rule name&gt;.md: the ones listed under "## Pass" must give the
/// rule nothing to report, the ones under "## Fail" at least one finding. Each "- " line is a paragraph's text
/// (inline HTML allowed); a line that starts with "&lt;" is the page's content as it is. "[en-US] " before it
/// sets the page's language.
/// </summary>
internal sealed record RealWritingCorpus(string RuleName, IReadOnlyList<string> Pass, IReadOnlyList<string> Fail)
{
    public static string Folder { get; } = Path.Combine(RepoRoot(), "tests", "real-writing");

    public static RealWritingCorpus Load(string ruleName)
    {
        List<string> pass = [], fail = [];
        List<string>? into = null;
        foreach (var line in File.ReadLines(Path.Combine(Folder, ruleName + ".md")))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
                into = line[3..].Trim() switch { "Pass" => pass, "Fail" => fail, _ => null };
            else if (into is not null && line.StartsWith("- ", StringComparison.Ordinal))
                into.Add(line[2..].Trim());
        }
        return new RealWritingCorpus(ruleName, pass, fail);
    }

    /// <summary>The page one corpus line stands for, with its language.</summary>
    public static string PageOf(string entry)
    {
        var lang = "en";
        if (entry.StartsWith('[') && entry.IndexOf("] ", StringComparison.Ordinal) is > 0 and var close)
            (lang, entry) = (entry[1..close], entry[(close + 2)..]);
        return TestPages.Page(entry.StartsWith('<') ? entry : $"<p>{entry}</p>", lang);
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "SiteGen.sln"))) return dir.FullName;
        throw new InvalidOperationException("SiteGen.sln not found above " + AppContext.BaseDirectory);
    }
}
