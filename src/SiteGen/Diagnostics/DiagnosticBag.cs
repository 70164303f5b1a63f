using System.Collections.Concurrent;

namespace SiteGen.Diagnostics;

/// <summary>Collects diagnostics from every step of a build, from many threads at once.</summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> items = new();

    public void Add(Diagnostic diagnostic) => items.Enqueue(diagnostic);

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
