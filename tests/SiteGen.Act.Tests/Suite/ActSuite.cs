namespace SiteGen.Act.Tests.Suite;

/// <summary>The W3C ACT rule files, kept in shared/act-rules beside the repository, and the repository.</summary>
public static class ActSuite
{
    private const string RulesFolder = "shared/act-rules";

    private static readonly Lazy<IReadOnlyList<ActRuleFile>> Loaded = new(Load);

    /// <summary>Every ACT rule file, in file-name order.</summary>
    public static IReadOnlyList<ActRuleFile> Rules => Loaded.Value;

    /// <summary>Every test case of every rule.</summary>
    public static IEnumerable<ActCase> Cases => Rules.SelectMany(r => r.Cases);

    /// <summary>The repository root: the nearest folder above the tests holding SiteGen.sln.</summary>
    public static string RepositoryRoot => FindUp(dir => File.Exists(Path.Combine(dir, "SiteGen.sln")))
        ?? throw new DirectoryNotFoundException("No folder above the test assembly holds SiteGen.sln.");

    private static IReadOnlyList<ActRuleFile> Load()
    {
        var root = FindUp(dir => Directory.Exists(Path.Combine(dir, RulesFolder)))
            ?? throw new DirectoryNotFoundException(
                $"No folder above {AppContext.BaseDirectory} holds {RulesFolder}: "
                + "clone the repository beside 'shared'.");
        var folder = Path.Combine(root, RulesFolder);
        return Directory.EnumerateFiles(folder, "*.md")
            .Where(f => Path.GetFileName(f) is not ("README.md" or "LICENSE.md"))
            .Order(StringComparer.Ordinal)
            .Select(f => ActRuleFile.Parse(Path.GetFileName(f), File.ReadAllText(f)))
            .ToList();
    }

    private static string? FindUp(Func<string, bool> holds)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (holds(dir.FullName)) return dir.FullName;
        return null;
    }
}
