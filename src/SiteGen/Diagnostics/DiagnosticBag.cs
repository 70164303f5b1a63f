using System.Collections.Concurrent;

namespace SiteGen.Diagnostics;

/// <summary>Collects diagnostics from every step of a build, from many threads at once.</summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> items = new();
    // Set while one piece of work runs (one document in one module), so what it reported can be remembered with its result.
    private static readonly AsyncLocal<ConcurrentQueue<Diagnostic>?> capture = new();

    public void Add(Diagnostic diagnostic)
    {
        items.Enqueue(diagnostic);
        capture.Value?.Enqueue(diagnostic);
    }

    /// <summary>Runs <paramref name="work"/> and returns, with its result, the diagnostics it added to any bag.</summary>
    public static async ValueTask<(T Result, IReadOnlyList<Diagnostic> Added)> CaptureAsync<T>(Func<ValueTask<T>> work)
    {
        // An async method's change to an AsyncLocal is undone for its caller when it returns, so captures never leak.
        var added = new ConcurrentQueue<Diagnostic>();
        capture.Value = added;
        var result = await work();
        return (result, added.ToArray());
    }

    public void Error(string code, string message, SourceLocation? at = null) => Add(new(Severity.Error, code, message, at));

    public void Warning(string code, string message, SourceLocation? at = null) => Add(new(Severity.Warning, code, message, at));

    public bool HasErrors => items.Any(d => d.IsError);

    public int Count(Severity severity) => items.Count(d => d.Severity == severity);

    /// <summary>The files at which an error has been reported so far.</summary>
    public IReadOnlySet<string> FilesWithErrors() =>
        items.Where(d => d.IsError && d.Location is not null).Select(d => d.Location!.Value.File)
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>Every diagnostic once, ordered by file, line and column (<see cref="Order"/>) so output is stable across runs.</summary>
    public IReadOnlyList<Diagnostic> Sorted()
    {
        var all = items.Distinct().ToList();
        all.Sort(Order);
        return all;
    }

    /// <summary>
    /// The same list as <see cref="Sorted()"/>, worked out from an earlier sorted list of a build that reported most of the
    /// same diagnostic objects (a preview rebuild re-reports what it kept): those keep their order, and only the others
    /// are sorted and merged in.
    /// </summary>
    public IReadOnlyList<Diagnostic> Sorted(IReadOnlyList<Diagnostic>? before)
    {
        if (before is null) return Sorted();
        var earlier = new HashSet<Diagnostic>(before, ReferenceEqualityComparer.Instance);
        var again = new HashSet<Diagnostic>(ReferenceEqualityComparer.Instance);
        var others = new List<Diagnostic>();
        foreach (var d in items)
            if (earlier.Contains(d)) again.Add(d);
            else others.Add(d);
        // More than a few new ones (a build that kept little): a full sort is as quick.
        if (others.Count > before.Count / 4) return Sorted();
        var kept = new List<Diagnostic>(again.Count);
        foreach (var d in before)
            if (again.Contains(d)) kept.Add(d);
        others.Sort(Order);
        var merged = new List<Diagnostic>(kept.Count + others.Count);
        var k = 0;
        foreach (var d in others)
        {
            while (k < kept.Count && Order.Compare(kept[k], d) < 0) merged.Add(kept[k++]);
            // Equal in order is equal in value: a diagnostic already listed, by a kept object or a new one, is listed once.
            if ((k < kept.Count && Order.Compare(kept[k], d) == 0) || (merged.Count > 0 && Order.Compare(merged[^1], d) == 0)) continue;
            merged.Add(d);
        }
        merged.AddRange(kept.Skip(k));
        return merged;
    }

    /// <summary>
    /// By file (none first), line, column, code and message; then by what else tells two diagnostics apart, so that
    /// two of them are in the same place only when they are equal.
    /// </summary>
    public static IComparer<Diagnostic> Order { get; } = Comparer<Diagnostic>.Create((a, b) =>
    {
        var c = string.CompareOrdinal(a.Location?.File ?? "", b.Location?.File ?? "");
        if (c == 0) c = (a.Location?.Line ?? 0).CompareTo(b.Location?.Line ?? 0);
        if (c == 0) c = (a.Location?.Column ?? 0).CompareTo(b.Location?.Column ?? 0);
        if (c == 0) c = string.CompareOrdinal(a.Code, b.Code);
        if (c == 0) c = string.CompareOrdinal(a.Message, b.Message);
        if (c == 0) c = a.Severity.CompareTo(b.Severity);
        if (c == 0) c = string.CompareOrdinal(a.RuleName, b.RuleName);
        if (c == 0) c = string.CompareOrdinal(a.Wcag, b.Wcag);
        if (c == 0) c = a.Location.HasValue.CompareTo(b.Location.HasValue);
        return c;
    });
}
