namespace SiteGen.EasyRead.Rules;

/// <summary>Every Easy Read rule in this assembly, found by reflection so adding a rule is one new class.</summary>
public static class ReadabilityRules
{
    private static readonly Lazy<IReadOnlyList<ReadabilityRule>> Rules = new(() =>
        typeof(ReadabilityRule).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsClass: true } && t.IsSubclassOf(typeof(ReadabilityRule)))
            .Select(t => (ReadabilityRule)Activator.CreateInstance(t)!)
            .OrderBy(r => r.Id, StringComparer.Ordinal)
            .ToList());

    /// <summary>The rules, ordered by id.</summary>
    public static IReadOnlyList<ReadabilityRule> All => Rules.Value;

    /// <summary>Every finding of every rule on the page, in source order.</summary>
    public static IReadOnlyList<ReadabilityFinding> Check(ReadabilityPage page) =>
        All.SelectMany(r => r.Check(page)).OrderBy(f => f.At.Line).ThenBy(f => f.At.Column).ToList();
}
