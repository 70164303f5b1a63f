namespace SiteGen.Diagnostics.Baselines;

/// <summary>A finding known when the baseline was recorded, and how many times it occurred in its file.</summary>
/// <param name="File">The file it is reported at, from the site root; null for one about the whole site.</param>
/// <param name="Message">The first occurrence's message, for people reading the file; the fingerprint matches.</param>
public sealed record BaselineEntry(
    string? File, string Code, string Fingerprint, int Count, string? Rule, string Message)
{
    internal (string File, string Code, string Fingerprint) Key => (File ?? "", Code, Fingerprint);

    internal static (string File, string Code, string Fingerprint) KeyOf(Diagnostic d) =>
        (d.Location?.File.Replace('\\', '/') ?? "", d.Code, Baselines.Fingerprint.Of(d));
}

/// <summary>
/// The findings of a site recorded by <c>sitegen baseline</c> in <see cref="FileName"/>: a later build reports them
/// as one line instead of one by one and does not fail for them, so a team can publish while it fixes them.
/// </summary>
public sealed class Baseline
{
    public const string FileName = "sitegen-baseline.json";

    /// <summary>A site without a baseline file: every finding is reported.</summary>
    public static Baseline None { get; } = new([], exists: false);

    public Baseline(IReadOnlyList<BaselineEntry> entries, bool exists = true)
    {
        Entries = entries;
        Exists = exists;
    }

    /// <summary>Ordered by file, code and fingerprint, so the file written from them diffs well.</summary>
    public IReadOnlyList<BaselineEntry> Entries { get; }

    public bool Exists { get; }

    /// <summary>How many findings it records, each occurrence counted.</summary>
    public int Total => Entries.Sum(e => e.Count);

    /// <summary>Errors and warnings are recorded; info messages never fail a build, so need no baseline.</summary>
    public static bool Records(Diagnostic diagnostic) => diagnostic.Severity != Severity.Info;

    /// <summary>The baseline that knows every error and warning of <paramref name="diagnostics"/>.</summary>
    public static Baseline Of(IEnumerable<Diagnostic> diagnostics)
    {
        var entries = diagnostics.Where(Records)
            .GroupBy(BaselineEntry.KeyOf)
            .Select(g => new BaselineEntry(g.Key.File.Length == 0 ? null : g.Key.File, g.Key.Code, g.Key.Fingerprint,
                g.Count(), g.First().RuleName, g.First().Message))
            .OrderBy(e => e.File ?? "", StringComparer.Ordinal)
            .ThenBy(e => e.Code, StringComparer.Ordinal)
            .ThenBy(e => e.Fingerprint, StringComparer.Ordinal)
            .ToList();
        return new Baseline(entries);
    }

    /// <summary>
    /// Splits a build's findings into those still to report and those this baseline knows. A fingerprint recorded
    /// n times in a file knows its first n occurrences there: a further one is new, and fewer count as fixed.
    /// </summary>
    public BaselineOutcome Apply(IReadOnlyList<Diagnostic> diagnostics)
    {
        if (!Exists) return new BaselineOutcome(diagnostics, null);
        var left = new Dictionary<(string, string, string), int>();
        // A hand-merged file may list one finding twice: its counts add up.
        foreach (var entry in Entries) left[entry.Key] = left.GetValueOrDefault(entry.Key) + entry.Count;
        var reported = new List<Diagnostic>(diagnostics.Count);
        var known = 0;
        foreach (var d in diagnostics)
        {
            if (Records(d) && TakeKnown(left, BaselineEntry.KeyOf(d))) known++;
            else reported.Add(d);
        }
        return new BaselineOutcome(reported, new BaselineSummary(known, left.Values.Sum()));
    }

    private static bool TakeKnown(Dictionary<(string, string, string), int> left, (string, string, string) key)
    {
        if (!left.TryGetValue(key, out var n) || n == 0) return false;
        left[key] = n - 1;
        return true;
    }
}
