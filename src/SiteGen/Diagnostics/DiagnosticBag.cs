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

    /// <summary>Every diagnostic, ordered by file, line and column so output is stable across runs.</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        items.Distinct()
             .OrderBy(d => d.Location?.File ?? "", StringComparer.Ordinal)
             .ThenBy(d => d.Location?.Line ?? 0)
             .ThenBy(d => d.Location?.Column ?? 0)
             .ThenBy(d => d.Code, StringComparer.Ordinal)
             .ThenBy(d => d.Message, StringComparer.Ordinal)
             .ToList();
}
